package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.shared.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Refunds through Stripe: sent in hundredths with the refund id as key, settled at once or by a later webhook,
 * never twice.
 */
class StripeRefundsTest extends StripeOnWireMock {

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

        StripeWebhooks webhooks = webhooks();
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
        assertThat(webhooks().deliver(StripeWebhooks.event("evt_ch_" + order, "charge.refunded", charge)).statusCode())
                .isEqualTo(200);

        assertThat(events.refunds(order)).singleElement().satisfies(settled -> assertThat(settled.succeeded()).isTrue());
    }
}
