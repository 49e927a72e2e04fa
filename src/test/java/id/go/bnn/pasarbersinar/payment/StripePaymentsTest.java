package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.go.bnn.pasarbersinar.shared.Money;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Payments through Stripe: the real SDK against WireMock standing in for Stripe's API (never stripe.com), and
 * webhooks signed with a test secret as Stripe signs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PaymentEvents.class)
class StripePaymentsTest {

    static final String WEBHOOK_SECRET = "whsec_test_pasar_bersinar";
    static final WireMockServer stripe = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        stripe.start();
    }

    @DynamicPropertySource
    static void stripeSettings(DynamicPropertyRegistry registry) {
        registry.add("pasar.payment.stripe.secret-key", () -> "sk_test_pasar");
        registry.add("pasar.payment.stripe.webhook-secret", () -> WEBHOOK_SECRET);
        registry.add("pasar.payment.stripe.api-base", () -> "http://localhost:" + stripe.port());
    }

    @AfterAll
    static void stopStripe() {
        stripe.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    Payments payments;
    @Autowired
    PaymentEvents events;
    @Autowired
    JdbcClient jdbc;

    // --- Checkout Sessions --------------------------------------------------------------------------------------

    @Test
    void with_a_stripe_key_payments_go_to_stripe() {
        assertThat(payments.isDemo()).isFalse();
    }

    @Test
    void the_checkout_session_is_sent_in_hundredths_of_a_rupiah_with_currency_idr_metadata_transfer_group_and_an_idempotency_key() {
        String order = Orders.newOrderNumber();
        stubCreate(order, "open", "unpaid");

        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order));

        assertThat(redirect).isEqualTo(new PaymentRedirect("cs_test_" + order, "https://checkout.stripe.com/c/pay/cs_test_" + order));
        LoggedRequest request = single(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1")));
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk_test_pasar");
        Map<String, String> form = form(request);
        assertThat(form).containsEntry("mode", "payment")
                .containsEntry("metadata[order_number]", order)
                .containsEntry("client_reference_id", order)
                .containsEntry("payment_intent_data[transfer_group]", order)
                .containsEntry("success_url", Orders.twoParcels(order).successUrl())
                .containsEntry("cancel_url", Orders.twoParcels(order).cancelUrl())
                .containsEntry("customer_email", "pembeli@example.id")
                .containsEntry("locale", "id")
                // Rp 55.000 is 5500000: IDR is not a zero-decimal currency at Stripe.
                .containsEntry("line_items[0][price_data][unit_amount]", "5500000")
                .containsEntry("line_items[0][price_data][currency]", "idr")
                .containsEntry("line_items[0][quantity]", "2")
                .containsEntry("line_items[0][price_data][product_data][name]", "Tenun Ikat Sumba · Kelompok Harapan Baru")
                .containsEntry("line_items[1][price_data][unit_amount]", "2000000")
                .containsEntry("line_items[1][price_data][product_data][name]", "Ongkos kirim · Kelompok Harapan Baru")
                .containsEntry("line_items[2][price_data][unit_amount]", "3500000")
                .containsEntry("line_items[3][price_data][unit_amount]", "1500000")
                .containsEntry("line_items[3][price_data][product_data][name]", "Ongkos kirim · Anyaman Lombok")
                .doesNotContainKey("line_items[4][quantity]")
                // Separate charges and transfers: the platform is the merchant of record.
                .doesNotContainKey("payment_intent_data[transfer_data][destination]")
                .doesNotContainKey("payment_intent_data[on_behalf_of]");
        long expiresAt = Long.parseLong(form.get("expires_at"));
        assertThat(expiresAt).isBetween(Instant.now().plusSeconds(30 * 60).getEpochSecond(), Instant.now().plusSeconds(32 * 60).getEpochSecond());
        long sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += Long.parseLong(form.get("line_items[" + i + "][price_data][unit_amount]")) * Long.parseLong(form.get("line_items[" + i + "][quantity]"));
        }
        assertThat(sum).isEqualTo(180_000L * 100);
    }

    @Test
    void an_english_buyer_reads_stripes_page_and_the_items_in_english() {
        String order = Orders.newOrderNumber();
        stubCreate(order, "open", "unpaid");
        CheckoutRequest base = Orders.twoParcels(order);
        List<CheckoutRequest.Parcel> parcels = List.of(
                new CheckoutRequest.Parcel(1, "Kelompok Harapan Baru", Money.rupiah(20_000),
                        List.of(new CheckoutRequest.Item("Tenun Ikat Sumba (Cokelat)", "Sumba Ikat Weaving (Brown)", 2, Money.rupiah(55_000)))),
                base.parcels().get(1));

        payments.startCheckout(new CheckoutRequest(order, base.buyerEmail(), base.total(), parcels, base.successUrl(), base.cancelUrl(), null, "en"));

        assertThat(form(single(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1")))))
                .containsEntry("locale", "en")
                .containsEntry("line_items[0][price_data][product_data][name]", "Sumba Ikat Weaving (Brown) · Kelompok Harapan Baru")
                .containsEntry("line_items[1][price_data][product_data][name]", "Shipping · Kelompok Harapan Baru")
                // No English name written: the Indonesian one.
                .containsEntry("line_items[2][price_data][product_data][name]", "Tas anyaman ketak · Anyaman Lombok");
    }

    @Test
    void the_session_closes_with_the_reservation_when_that_is_later_than_stripes_minimum() {
        String order = Orders.newOrderNumber();
        stubCreate(order, "open", "unpaid");
        CheckoutRequest base = Orders.twoParcels(order);
        Instant reservedUntil = Instant.now().plusSeconds(3 * 3600);

        payments.startCheckout(new CheckoutRequest(order, base.buyerEmail(), base.total(), base.parcels(), base.successUrl(), base.cancelUrl(), reservedUntil));

        assertThat(form(single(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1")))))
                .containsEntry("expires_at", Long.toString(reservedUntil.getEpochSecond()));
    }

    @Test
    void starting_checkout_again_answers_the_open_session_without_asking_stripe_twice() {
        String order = Orders.newOrderNumber();
        stubCreate(order, "open", "unpaid");

        PaymentRedirect first = payments.startCheckout(Orders.twoParcels(order));
        PaymentRedirect second = payments.startCheckout(Orders.twoParcels(order));

        assertThat(second).isEqualTo(first);
        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1"))))
                .hasSize(1);
    }

    @Test
    void a_session_whose_answer_was_lost_is_recovered_with_the_same_idempotency_key_and_never_opened_twice() {
        String order = Orders.newOrderNumber();
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> payments.startCheckout(Orders.twoParcels(order))).isInstanceOf(PaymentUnavailableException.class);
        stubCreate(order, "open", "unpaid");
        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order));

        assertThat(redirect.sessionId()).isEqualTo("cs_test_" + order);
        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing(order)))).allSatisfy(request ->
                assertThat(request.getHeader("Idempotency-Key")).isEqualTo("checkout-" + order + "-1"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_session WHERE order_number = ?").param(order).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void confirm_finds_a_session_whose_answer_was_lost_and_publishes_its_payment() {
        String order = Orders.newOrderNumber();
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> payments.startCheckout(Orders.twoParcels(order))).isInstanceOf(PaymentUnavailableException.class);
        stubCreate(order, "open", "unpaid");
        stubRetrieve(order, "complete", "paid");

        payments.confirm(order);

        assertThat(events.succeeded(order)).singleElement().satisfies(paid -> {
            assertThat(paid.sessionId()).isEqualTo("cs_test_" + order);
            assertThat(paid.amount()).isEqualTo(Money.rupiah(180_000));
        });
    }

    @Test
    void confirm_asks_stripe_and_publishes_the_payment_once() {
        String order = open();
        stubRetrieve(order, "complete", "paid");

        payments.confirm(order);
        payments.confirm(order);

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentSucceeded.class);
        assertThat(stripe.findAll(getRequestedFor(urlPathEqualTo("/v1/checkout/sessions/cs_test_" + order)))).hasSize(1);
    }

    @Test
    void confirm_of_a_session_still_open_or_awaiting_a_delayed_payment_publishes_nothing() {
        String open = open();
        stubRetrieve(open, "open", "unpaid");
        String pending = open();
        stubRetrieve(pending, "complete", "unpaid");

        payments.confirm(open);
        payments.confirm(pending);

        assertThat(events.about(open)).isEmpty();
        assertThat(events.about(pending)).isEmpty();
    }

    @Test
    void a_refusal_by_stripe_is_not_retried_with_the_same_key() {
        String order = Orders.newOrderNumber();
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid currency\"}}")));
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-2"))
                .willReturn(okJson(StripeWebhooks.session("cs_test_" + order, order, "open", "unpaid", 18_000_000, null))));

        assertThatThrownBy(() -> payments.startCheckout(Orders.twoParcels(order))).isInstanceOf(IllegalStateException.class);
        assertThat(payments.startCheckout(Orders.twoParcels(order)).sessionId()).isEqualTo("cs_test_" + order);
    }

    // --- Expiry ---------------------------------------------------------------------------------------------------

    @Test
    void expiry_closes_the_session_at_stripe_and_publishes_payment_failed_once() {
        String order = open();
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions/cs_test_" + order + "/expire"))
                .willReturn(okJson(StripeWebhooks.session("cs_test_" + order, order, "expired", "unpaid", 18_000_000, null))));

        payments.expire(order);
        payments.expire(order);

        assertThat(single(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions/cs_test_" + order + "/expire"))).getHeader("Idempotency-Key"))
                .isEqualTo("expire-" + order);
        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("expired"));
    }

    @Test
    void expiry_of_a_session_paid_in_the_last_moment_publishes_the_payment_instead() {
        String order = open();
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions/cs_test_" + order + "/expire"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Only Checkout Sessions with a status of open can be expired.\"}}")));
        stubRetrieve(order, "complete", "paid");

        payments.expire(order);

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentSucceeded.class);
    }

    // --- Refunds --------------------------------------------------------------------------------------------------

    @Test
    void a_refund_goes_to_stripe_in_hundredths_with_the_refund_id_as_key_and_settles_when_its_webhook_says_so() throws Exception {
        String order = paid();
        String refundId = "rf-" + order;
        stripe.stubFor(post(urlPathEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo("refund-" + refundId))
                .willReturn(okJson(StripeWebhooks.refund(refundId, "re_" + order, order, 5_500_000, "pending"))));

        payments.refund(new RefundRequest(refundId, order, Money.rupiah(55_000), "barang rusak"));

        Map<String, String> form = form(single(postRequestedFor(urlPathEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo("refund-" + refundId))));
        assertThat(form).containsEntry("amount", "5500000").containsEntry("payment_intent", "pi_" + order)
                .containsEntry("metadata[refund_id]", refundId).containsEntry("metadata[order_number]", order);
        assertThat(events.refunds(order)).isEmpty();

        StripeWebhooks webhooks = new StripeWebhooks(port, WEBHOOK_SECRET);
        String succeeded = StripeWebhooks.event("evt_re_" + order, "refund.updated", StripeWebhooks.refund(refundId, "re_" + order, order, 5_500_000, "succeeded"));
        assertThat(webhooks.deliver(succeeded).statusCode()).isEqualTo(200);
        assertThat(webhooks.deliver(succeeded).statusCode()).isEqualTo(200);
        assertThat(webhooks.deliver(StripeWebhooks.event("evt_re2_" + order, "refund.updated",
                StripeWebhooks.refund(refundId, "re_" + order, order, 5_500_000, "failed"))).statusCode()).isEqualTo(200);

        assertThat(events.refunds(order)).singleElement().satisfies(settled -> {
            assertThat(settled.succeeded()).isTrue();
            assertThat(settled.amount()).isEqualTo(Money.rupiah(55_000));
        });
    }

    @Test
    void a_refund_stripe_answers_finally_settles_at_once_and_asking_again_refunds_nothing_more() {
        String order = paid();
        String refundId = "rf-now-" + order;
        stripe.stubFor(post(urlPathEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo("refund-" + refundId))
                .willReturn(okJson(StripeWebhooks.refund(refundId, "re_now_" + order, order, 18_000_000, "succeeded"))));

        payments.refund(new RefundRequest(refundId, order, Money.rupiah(180_000), null));
        payments.refund(new RefundRequest(refundId, order, Money.rupiah(180_000), null));

        assertThat(events.refunds(order)).singleElement().satisfies(settled -> assertThat(settled.succeeded()).isTrue());
        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo("refund-" + refundId)))).hasSize(1);
    }

    @Test
    void a_charge_refunded_event_settles_the_pending_refunds_of_its_payment() throws Exception {
        String order = paid();
        String refundId = "rf-ch-" + order;
        stripe.stubFor(post(urlPathEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo("refund-" + refundId))
                .willReturn(okJson(StripeWebhooks.refund(refundId, "re_ch_" + order, order, 1_000_000, "pending"))));
        stripe.stubFor(get(urlPathEqualTo("/v1/refunds/re_ch_" + order))
                .willReturn(okJson(StripeWebhooks.refund(refundId, "re_ch_" + order, order, 1_000_000, "succeeded"))));
        payments.refund(new RefundRequest(refundId, order, Money.rupiah(10_000), null));

        String charge = "{\"id\":\"ch_" + order + "\",\"object\":\"charge\",\"amount\":18000000,\"amount_refunded\":1000000,\"currency\":\"idr\","
                + "\"payment_intent\":\"pi_" + order + "\",\"refunded\":false}";
        assertThat(new StripeWebhooks(port, WEBHOOK_SECRET).deliver(StripeWebhooks.event("evt_ch_" + order, "charge.refunded", charge)).statusCode())
                .isEqualTo(200);

        assertThat(events.refunds(order)).singleElement().satisfies(settled -> assertThat(settled.succeeded()).isTrue());
    }

    // --- Webhooks ---------------------------------------------------------------------------------------------------

    @Test
    void a_signed_completed_event_publishes_the_payment_once_however_often_it_is_delivered() throws Exception {
        String order = open();
        String payload = StripeWebhooks.event("evt_done_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order));
        StripeWebhooks webhooks = new StripeWebhooks(port, WEBHOOK_SECRET);

        HttpResponse<String> first = webhooks.deliver(payload);
        HttpResponse<String> again = webhooks.deliver(payload);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentSucceeded.class,
                paid -> assertThat(paid.amount()).isEqualTo(Money.rupiah(180_000)));
        assertThat(stored("evt_done_" + order)).isEqualTo(1);
    }

    @Test
    void an_event_stored_by_a_process_that_died_before_processing_it_is_processed_once_by_the_retry_job() throws Exception {
        String order = open();
        String eventId = "evt_crash_" + order;
        String payload = StripeWebhooks.event(eventId, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order));
        // As if the endpoint had stored Stripe's event, answered 200 and then the process was killed before processing committed.
        jdbc.sql("INSERT INTO payment_webhook_event (event_id, type, payload, received_at) VALUES (?, 'checkout.session.completed', ?, ?)")
                .params(eventId, payload, java.sql.Timestamp.from(Instant.now().minusSeconds(120))).update();
        assertThat(events.about(order)).isEmpty();

        Object webhookEvents = context.getBean("stripeWebhookEvents");
        org.springframework.test.util.ReflectionTestUtils.invokeMethod(webhookEvents, "retryUnprocessed");
        org.springframework.test.util.ReflectionTestUtils.invokeMethod(webhookEvents, "retryUnprocessed");
        assertThat(new StripeWebhooks(port, WEBHOOK_SECRET).deliver(payload).statusCode()).isEqualTo(200);

        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentSucceeded.class,
                paid -> assertThat(paid.amount()).isEqualTo(Money.rupiah(180_000)));
        assertThat(jdbc.sql("SELECT processed_at FROM payment_webhook_event WHERE event_id = ?").param(eventId).query(java.sql.Timestamp.class)
                .single()).isNotNull();
    }

    @Test
    void a_tampered_event_is_refused_with_400_and_nothing_is_stored() throws Exception {
        String order = open();
        String genuine = StripeWebhooks.event("evt_tampered_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "unpaid", 18_000_000, null));
        String signature = StripeWebhooks.signature(WEBHOOK_SECRET, genuine, Instant.now().getEpochSecond());
        String tampered = genuine.replace("\"unpaid\"", "\"paid\"");

        HttpResponse<String> response = new StripeWebhooks(port, WEBHOOK_SECRET).post(tampered, signature);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(stored("evt_tampered_" + order)).isZero();
        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void an_event_signed_with_another_secret_or_unsigned_or_malformed_is_refused() throws Exception {
        String order = open();
        String payload = StripeWebhooks.event("evt_forged_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order));
        StripeWebhooks webhooks = new StripeWebhooks(port, WEBHOOK_SECRET);

        assertThat(new StripeWebhooks(port, "whsec_someone_else").deliver(payload).statusCode()).isEqualTo(400);
        assertThat(webhooks.post(payload, null).statusCode()).isEqualTo(400);
        assertThat(webhooks.post(payload, "t=abc,v1=</script><img src=x onerror=alert(1)>").statusCode()).isEqualTo(400);
        assertThat(webhooks.deliver("{not json").statusCode()).isEqualTo(400);

        assertThat(stored("evt_forged_" + order)).isZero();
        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void a_stale_signature_older_than_five_minutes_is_refused() throws Exception {
        String order = open();
        String payload = StripeWebhooks.event("evt_stale_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order));

        HttpResponse<String> response = new StripeWebhooks(port, WEBHOOK_SECRET)
                .post(payload, StripeWebhooks.signature(WEBHOOK_SECRET, payload, Instant.now().minusSeconds(6 * 60).getEpochSecond()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(stored("evt_stale_" + order)).isZero();
        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void an_event_for_an_unknown_session_is_acknowledged_stored_and_changes_nothing() throws Exception {
        String order = Orders.newOrderNumber();
        String payload = StripeWebhooks.event("evt_unknown_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_unknown_" + order, order, "complete", "paid", 18_000_000, "pi_" + order).replace("\"attempt\":\"1\"", "\"attempt\":\"7\""));

        HttpResponse<String> response = new StripeWebhooks(port, WEBHOOK_SECRET).deliver(payload);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stored("evt_unknown_" + order)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT note FROM payment_webhook_event WHERE event_id = ?").param("evt_unknown_" + order).query(String.class).single())
                .startsWith("unknown session");
        assertThat(events.about(order)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE order_number = ?").param(order).query(Integer.class).single()).isZero();
    }

    @Test
    void an_expiry_arriving_after_the_payment_changes_nothing() throws Exception {
        String order = open();
        StripeWebhooks webhooks = new StripeWebhooks(port, WEBHOOK_SECRET);

        webhooks.deliver(StripeWebhooks.event("evt_paid_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order)));
        webhooks.deliver(StripeWebhooks.event("evt_expired_" + order, "checkout.session.expired",
                StripeWebhooks.session("cs_test_" + order, order, "expired", "unpaid", 18_000_000, null)));

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentSucceeded.class);
    }

    @Test
    void a_payment_arriving_after_the_expiry_changes_nothing() throws Exception {
        String order = open();
        StripeWebhooks webhooks = new StripeWebhooks(port, WEBHOOK_SECRET);

        webhooks.deliver(StripeWebhooks.event("evt_expired_" + order, "checkout.session.expired",
                StripeWebhooks.session("cs_test_" + order, order, "expired", "unpaid", 18_000_000, null)));
        webhooks.deliver(StripeWebhooks.event("evt_paid_" + order, "checkout.session.async_payment_succeeded",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order)));

        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("expired"));
    }

    @Test
    void a_delayed_payment_counts_only_when_stripe_says_it_succeeded_even_if_that_news_comes_first() throws Exception {
        String order = open();
        StripeWebhooks webhooks = new StripeWebhooks(port, WEBHOOK_SECRET);

        webhooks.deliver(StripeWebhooks.event("evt_async_ok_" + order, "checkout.session.async_payment_succeeded",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order)));
        webhooks.deliver(StripeWebhooks.event("evt_completed_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "unpaid", 18_000_000, "pi_" + order)));

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentSucceeded.class);
    }

    @Test
    void a_delayed_payment_that_fails_publishes_payment_failed() throws Exception {
        String order = open();
        StripeWebhooks webhooks = new StripeWebhooks(port, WEBHOOK_SECRET);

        webhooks.deliver(StripeWebhooks.event("evt_completed_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "unpaid", 18_000_000, "pi_" + order)));
        assertThat(events.about(order)).isEmpty();
        webhooks.deliver(StripeWebhooks.event("evt_async_fail_" + order, "checkout.session.async_payment_failed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "unpaid", 18_000_000, "pi_" + order)));

        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("failed"));
    }

    @Test
    void a_webhook_for_a_session_whose_creation_was_not_recorded_finds_its_order() throws Exception {
        String order = Orders.newOrderNumber();
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> payments.startCheckout(Orders.twoParcels(order))).isInstanceOf(PaymentUnavailableException.class);

        new StripeWebhooks(port, WEBHOOK_SECRET).deliver(StripeWebhooks.event("evt_adopt_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order)));

        assertThat(events.succeeded(order)).singleElement().satisfies(paid -> assertThat(paid.sessionId()).isEqualTo("cs_test_" + order));
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private String open() {
        String order = Orders.newOrderNumber();
        stubCreate(order, "open", "unpaid");
        payments.startCheckout(Orders.twoParcels(order));
        return order;
    }

    private String paid() {
        String order = open();
        stubRetrieve(order, "complete", "paid");
        payments.confirm(order);
        assertThat(events.succeeded(order)).hasSize(1);
        return order;
    }

    private static void stubCreate(String order, String status, String paymentStatus) {
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1"))
                .willReturn(okJson(StripeWebhooks.session("cs_test_" + order, order, status, paymentStatus, 18_000_000, null))));
    }

    private static void stubRetrieve(String order, String status, String paymentStatus) {
        stripe.stubFor(get(urlPathEqualTo("/v1/checkout/sessions/cs_test_" + order))
                .willReturn(okJson(StripeWebhooks.session("cs_test_" + order, order, status, paymentStatus, 18_000_000,
                        "paid".equals(paymentStatus) ? "pi_" + order : null))));
    }

    private static LoggedRequest single(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = stripe.findAll(pattern);
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private int stored(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_webhook_event WHERE event_id = ?").param(eventId).query(Integer.class).single();
    }
}
