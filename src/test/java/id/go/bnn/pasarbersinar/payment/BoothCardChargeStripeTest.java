package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.exhibition.BoothFixture;
import id.go.bnn.pasarbersinar.exhibition.BoothQris;
import id.go.bnn.pasarbersinar.exhibition.BoothSale;
import id.go.bnn.pasarbersinar.exhibition.BoothSaleOutcome;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A card paid at the booth through Stripe (the real SDK against WireMock): the booth charge opens an ordinary Checkout
 * Session of the sale's items, without a shipping line, whose address the seller's phone shows; once Stripe says it was
 * paid (the phone's check, or Stripe's signed webhook) the booth sale is recorded with payment CARD and Stripe's
 * payment id, once.
 */
class BoothCardChargeStripeTest extends StripeOnWireMock {

    @Autowired
    BoothFixture booths;
    @Autowired
    BoothQris charges;
    @Autowired
    QrisCharges qrisCharges;

    @Test
    void the_card_charge_is_a_stripe_checkout_of_the_sale_and_paying_it_records_the_sale_once() {
        BoothFixture.Booth booth = booths.openBooth(0);
        BoothFixture.Seller seller = booths.seller(booth);
        long variant = booths.allocated(booth, 175_000, 2, "Tas anyaman eceng gondok");
        BoothSale sale = BoothFixture.card(booth, variant, 1, 175_000);
        String number = QrisCharges.number(sale.saleKey());
        String session = stubOpenSession(number);

        assertThat(charges.cardAvailable()).isTrue();
        QrisCharge charge = BoothFixture.as(seller.caller(), () -> charges.start(sale, Locale.ENGLISH));

        assertThat(charge.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(charge.demo()).isFalse();
        assertThat(charge.payPage()).isEqualTo("https://checkout.stripe.com/c/pay/" + session);
        assertThat(charge.qrPayload()).isEqualTo(charge.payPage());
        Map<String, String> form = form(single(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("client_reference_id=" + number))));
        assertThat(form).containsEntry("mode", "payment").containsEntry("line_items[0][price_data][unit_amount]", "17500000")
                .doesNotContainKey("line_items[1][price_data][unit_amount]");

        stripe.stubFor(get(urlPathEqualTo("/v1/checkout/sessions/" + session)).willReturn(okJson(StripeWebhooks.session(session, number,
                "complete", "paid", 175_000L * 100, "pi_" + session))));
        BoothQris.Progress paid = BoothFixture.as(seller.caller(), () -> charges.check(sale.saleKey()));
        BoothQris.Progress again = BoothFixture.as(seller.caller(), () -> charges.check(sale.saleKey()));

        assertThat(paid.state()).isEqualTo(QrisCharge.State.PAID);
        assertThat(paid.outcome().result()).isIn(BoothSaleOutcome.Result.RECORDED, BoothSaleOutcome.Result.DUPLICATE);
        assertThat(again.outcome().receiptToken()).isEqualTo(paid.outcome().receiptToken());
        assertThat(booths.payment(sale.saleKey())).isEqualTo("CARD pi_" + session);
        assertThat(booths.sold(booth, variant)).isEqualTo(1);
        assertThat(booths.held(booth, variant)).isZero();
    }

    @Test
    void stripes_signed_completed_webhook_records_the_booth_card_sale_once_and_a_forged_one_changes_nothing() throws Exception {
        BoothFixture.Booth booth = booths.openBooth(0);
        BoothFixture.Seller seller = booths.seller(booth);
        long variant = booths.allocated(booth, 90_000, 3, "Kain tenun ikat Sumba");
        BoothSale sale = BoothFixture.card(booth, variant, 2, 90_000);
        String number = QrisCharges.number(sale.saleKey());
        String session = stubOpenSession(number);
        BoothFixture.as(seller.caller(), () -> charges.start(sale, Locale.ENGLISH));
        assertThat(booths.held(booth, variant)).isEqualTo(2);
        String completed = StripeWebhooks.event("evt_" + session, "checkout.session.completed",
                StripeWebhooks.session(session, number, "complete", "paid", 180_000L * 100, "pi_" + session));
        StripeWebhooks webhooks = webhooks();

        assertThat(new StripeWebhooks(port, "whsec_someone_else").deliver(completed).statusCode()).as("signed with another secret").isEqualTo(400);
        assertThat(webhooks.post(completed.replace("\"paid\"", "\"unpaid\""), StripeWebhooks.signature(WEBHOOK_SECRET, completed,
                java.time.Instant.now().getEpochSecond())).statusCode()).as("tampered after signing").isEqualTo(400);
        assertThat(stored("evt_" + session)).isZero();
        assertThat(booths.saleCount(booth)).isZero();
        assertThat(booths.held(booth, variant)).as("still held for the buyer").isEqualTo(2);
        assertThat(qrisCharges.find(sale.saleKey()).map(QrisCharge::state)).as("the payment still open").contains(QrisCharge.State.OPEN);

        assertThat(webhooks.deliver(completed).statusCode()).isEqualTo(200);
        assertThat(webhooks.deliver(completed).statusCode()).as("Stripe delivers again").isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> booths.saleCount(booth) == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> booths.saleCount(booth) == 1);
        assertThat(stored("evt_" + session)).isEqualTo(1);
        assertThat(booths.status(sale.saleKey())).isEqualTo("RECORDED");
        assertThat(booths.payment(sale.saleKey())).isEqualTo("CARD pi_" + session);
        assertThat(booths.sold(booth, variant)).as("the hold became the sale, once").isEqualTo(2);
        assertThat(booths.held(booth, variant)).isZero();
        assertThat(stripe.findAll(getRequestedFor(urlPathEqualTo("/v1/checkout/sessions/" + session)))).as("the webhook alone told it").isEmpty();
        BoothQris.Progress seen = BoothFixture.as(seller.caller(), () -> charges.check(sale.saleKey()));
        assertThat(seen.state()).isEqualTo(QrisCharge.State.PAID);
        assertThat(seen.outcome().result()).isIn(BoothSaleOutcome.Result.RECORDED, BoothSaleOutcome.Result.DUPLICATE);
        assertThat(booths.saleCount(booth)).isEqualTo(1);
    }

    /** Stripe opens a Checkout Session for the booth charge of this number; answers the session's id. */
    private static String stubOpenSession(String number) {
        String session = "cs_test_booth_" + UUID.randomUUID().toString().replace("-", "");
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).withRequestBody(containing("client_reference_id=" + number))
                .willReturn(okJson(StripeWebhooks.session(session, number, "open", "unpaid", 0, null))));
        return session;
    }
}
