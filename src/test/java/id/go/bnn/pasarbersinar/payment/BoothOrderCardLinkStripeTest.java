package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture;
import id.go.bnn.pasarbersinar.exhibition.BoothOrders;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.order.DeliveryAddress;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.OrderOnBehalf;
import id.go.bnn.pasarbersinar.order.PlacedOnBehalf;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A booth order for later delivery paid by card through Stripe (the real SDK against WireMock): the Checkout Session
 * is opened for the buyer's e-mail with the items and the shipping abroad, valid for the link's 24 hours; its address is
 * the link mailed to the buyer; once Stripe says it was paid the order is paid as any other.
 */
class BoothOrderCardLinkStripeTest extends StripeOnWireMock {

    @Autowired
    BoothFixture booths;
    @Autowired
    BoothOrders orders;
    @Autowired
    OrderFixture orderFixture;

    @Test
    void the_mailed_link_is_the_stripe_checkout_of_the_order_and_paying_it_pays_the_order() throws Exception {
        BoothFixture.Booth booth = booths.openBooth(0);
        BoothFixture.Seller seller = booths.seller(booth);
        long variant = booths.allocated(booth, 200_000, 1, "Selendang tenun");
        String email = "gast-" + UUID.randomUUID().toString().substring(0, 8) + "@wien.example.at";
        String session = "cs_test_booth_" + UUID.randomUUID().toString().replace("-", "");
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("customer_email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .willReturn(okJson(StripeWebhooks.session(session, "booth", "open", "unpaid", 0, null))));
        Instant before = Instant.now();

        PlacedOnBehalf placed = BoothFixture.as(seller.caller(), () -> orders.place(booth.groupId(),
                new OrderOnBehalf(booth.exhibitionId(), List.of(new OrderOnBehalf.Line(variant, 1)), "Lena Huber", email, "0043 660 1234567",
                        DeliveryAddress.abroad("AT", "Praterstraße 1", "1020", "Wien"), null, Locale.ENGLISH)));

        assertThat(placed.paymentUrl()).isEqualTo("https://checkout.stripe.com/c/pay/" + session);
        Map<String, String> form = form(single(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("customer_email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))));
        assertThat(form).containsEntry("mode", "payment").containsEntry("locale", "en").containsEntry("client_reference_id", placed.number())
                .containsEntry("line_items[0][price_data][unit_amount]", "20000000")
                .containsEntry("line_items[1][price_data][unit_amount]", String.valueOf(placed.shippingTotal().rupiah() * 100));
        assertThat(form.get("line_items[1][price_data][product_data][name]")).startsWith("Shipping · ");
        assertThat(Instant.ofEpochSecond(Long.parseLong(form.get("expires_at")))).isCloseTo(before.plus(Duration.ofHours(24)), within(Duration.ofMinutes(2)));
        String mail = (String) TestMailServer.mailsTo(email).getLast().getContent();
        assertThat(mail).contains("https://checkout.stripe.com/c/pay/" + session);

        stripe.stubFor(get(urlPathEqualTo("/v1/checkout/sessions/" + session)).willReturn(okJson(StripeWebhooks.session(session, placed.number(),
                "complete", "paid", placed.total().rupiah() * 100, "pi_" + session))));
        payments.confirm(placed.number());

        await().atMost(Duration.ofSeconds(20)).until(() -> orderFixture.orderStatus(placed.number()).equals("PAID"));
        assertThat(orderFixture.fulfilmentStatuses(placed.number())).containsExactly("PAID");
    }
}
