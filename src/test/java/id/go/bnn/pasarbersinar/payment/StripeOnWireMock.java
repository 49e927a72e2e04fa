package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The set-up of every test of payments through Stripe: the real SDK against WireMock standing in for Stripe's API
 * (never stripe.com), and webhooks signed with a test secret as Stripe signs them. One WireMock for all the classes
 * that extend this, so they share one Spring context (the context holds the WireMock port); it stops with the JVM,
 * not after a class, because the cached context outlives each class. Each test stubs by its own order number, so
 * the stubs of one test never answer another's requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PaymentEvents.class)
abstract class StripeOnWireMock {

    static final String WEBHOOK_SECRET = "whsec_test_pasar_bersinar";
    static final String MIDTRANS_SERVER_KEY = "SB-Mid-server-test-pasar";
    static final WireMockServer stripe = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        stripe.start();
        Runtime.getRuntime().addShutdownHook(new Thread(stripe::stop));
    }

    @DynamicPropertySource
    static void stripeSettings(DynamicPropertyRegistry registry) {
        registry.add("pasar.payment.stripe.secret-key", () -> "sk_test_pasar");
        registry.add("pasar.payment.stripe.webhook-secret", () -> WEBHOOK_SECRET);
        registry.add("pasar.payment.stripe.api-base", () -> "http://localhost:" + stripe.port());
        // Midtrans on the same WireMock (its paths differ): one Spring context for the Stripe and the Midtrans tests.
        registry.add("pasar.payment.midtrans.server-key", () -> MIDTRANS_SERVER_KEY);
        registry.add("pasar.payment.midtrans.api-base", () -> "http://localhost:" + stripe.port());
        registry.add("pasar.payment.midtrans.core-api-base", () -> "http://localhost:" + stripe.port());
    }

    @LocalServerPort
    int port;
    @Autowired
    Payments payments;
    @Autowired
    PaymentEvents events;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    StripeWebhooks webhooks() {
        return new StripeWebhooks(port, WEBHOOK_SECRET);
    }

    /** A checkout whose session Stripe opened. */
    String open() {
        String order = Orders.newOrderNumber();
        stubCreate(order, "open", "unpaid");
        payments.startCheckout(Orders.twoParcels(order));
        return order;
    }

    /** A checkout Stripe says was paid. */
    String paid() {
        String order = open();
        stubRetrieve(order, "complete", "paid");
        payments.confirm(order);
        assertThat(events.succeeded(order)).hasSize(1);
        return order;
    }

    static void stubCreate(String order, String status, String paymentStatus) {
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1"))
                .willReturn(okJson(StripeWebhooks.session("cs_test_" + order, order, status, paymentStatus, 18_000_000, null))));
    }

    static void stubRetrieve(String order, String status, String paymentStatus) {
        stripe.stubFor(get(urlPathEqualTo("/v1/checkout/sessions/cs_test_" + order))
                .willReturn(okJson(StripeWebhooks.session("cs_test_" + order, order, status, paymentStatus, 18_000_000,
                        "paid".equals(paymentStatus) ? "pi_" + order : null))));
    }

    static LoggedRequest single(RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = stripe.findAll(pattern);
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    int stored(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_webhook_event WHERE event_id = ?").param(eventId).query(Integer.class).single();
    }
}
