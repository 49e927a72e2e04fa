package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our own expiry closes the Midtrans transaction; a payment that arrives after it is given back (refunded through the
 * API, or owed to the buyer for a virtual account), never lost and never paying the order.
 */
class MidtransExpiryTest extends MidtransOnWireMock {

    @Autowired
    OwedRefunds owedRefunds;

    static String expired(String orderId) {
        return "{\"status_code\":\"407\",\"status_message\":\"Success, transaction has expired\",\"transaction_id\":\"tx-" + orderId
                + "\",\"order_id\":\"" + orderId + "\",\"gross_amount\":\"180000.00\",\"payment_type\":\"bank_transfer\",\"transaction_status\":\"expire\"}";
    }

    @Test
    void expiry_expires_the_transaction_at_midtrans_once_and_fails_the_payment() {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.BCA_VA);
        stripe.stubFor(post(urlPathEqualTo("/v2/" + orderId + "/expire")).willReturn(okJson(expired(orderId))));

        payments.expire(order);
        payments.expire(order);

        assertThat(single(postRequestedFor(urlPathEqualTo("/v2/" + orderId + "/expire"))).getHeader("Idempotency-Key")).isEqualTo("expire-" + order);
        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("expired"));
    }

    @Test
    void expiry_of_a_snap_page_the_buyer_never_used_fails_the_payment() {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.QRIS);
        stripe.stubFor(post(urlPathEqualTo("/v2/" + orderId + "/expire")).willReturn(okJson(
                "{\"status_code\":\"404\",\"status_message\":\"The requested resource is not found\"}")));

        payments.expire(order);

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentFailed.class);
    }

    @Test
    void expiry_of_a_transaction_settled_in_the_last_moment_pays_the_order_instead() {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.GOPAY);
        stripe.stubFor(post(urlPathEqualTo("/v2/" + orderId + "/expire")).willReturn(okJson(
                "{\"status_code\":\"412\",\"status_message\":\"Merchant cannot modify the status of the transaction\"}")));
        stubStatus(orderId, "settlement", "200", "gopay", "180000.00");

        payments.expire(order);

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentSucceeded.class);
    }

    @Test
    void a_late_qris_settlement_after_our_expiry_is_refunded_in_full_through_midtrans_once() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.QRIS);
        stripe.stubFor(post(urlPathEqualTo("/v2/" + orderId + "/expire")).willReturn(okJson(
                "{\"status_code\":\"404\",\"status_message\":\"The requested resource is not found\"}")));
        payments.expire(order);
        stubStatus(orderId, "settlement", "200", "qris", "180000.00");
        stripe.stubFor(post(urlPathEqualTo("/v2/tx-" + orderId + "/refund")).willReturn(okJson(
                MidtransRefundsTest.refundAnswer(orderId, "late-" + orderId, 180_000).replace("partial_refund", "refund"))));

        assertThat(notify(orderId, "settlement", "200", "180000.00", "qris")).isEqualTo(200);
        assertThat(notify(orderId, "settlement", "200", "180000.00", "qris")).isEqualTo(200);

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentFailed.class);
        JsonNode refund = JsonMapper.builder().build().readTree(single(postRequestedFor(urlPathEqualTo("/v2/tx-" + orderId + "/refund"))).getBodyAsString());
        assertThat(refund.path("refund_key").asString()).isEqualTo("late-" + orderId);
        assertThat(refund.path("amount").asLong()).isEqualTo(180_000);
        assertThat(jdbc.sql("SELECT status FROM payment_late WHERE session_id = ?").param(orderId).query(String.class).single()).isEqualTo("REFUNDED");
    }

    @Test
    void a_late_virtual_account_payment_is_owed_to_the_buyer_for_staff_to_transfer() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.BRI_VA);
        stripe.stubFor(post(urlPathEqualTo("/v2/" + orderId + "/expire")).willReturn(okJson(expired(orderId))));
        payments.expire(order);
        stubStatus(orderId, "settlement", "200", "bank_transfer", "180000.00");

        assertThat(notify(orderId, "settlement", "200", "180000.00", "bank_transfer")).isEqualTo(200);

        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo("/v2/tx-" + orderId + "/refund")))).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM payment_late WHERE session_id = ?").param(orderId).query(String.class).single()).isEqualTo("OWED");
        Callers.signIn(Callers.admin(9_201));
        assertThat(owedRefunds.open()).filteredOn(owed -> owed.refundId().equals("late-" + orderId)).singleElement().satisfies(owed -> {
            assertThat(owed.kind()).isEqualTo(OwedRefund.Kind.LATE);
            assertThat(owed.amount()).isEqualTo(Money.rupiah(180_000));
        });
        owedRefunds.enterBankDetails("late-" + orderId, "BRI", "0012345678", "Budi Santoso");
        owedRefunds.recordTransfer("late-" + orderId, "BRI-TRF-77");
        Callers.signIn(Callers.admin(9_202));
        owedRefunds.confirm("late-" + orderId);

        assertThat(jdbc.sql("SELECT status FROM payment_late WHERE session_id = ?").param(orderId).query(String.class).single()).isEqualTo("REFUNDED");
        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentFailed.class);
    }
}
