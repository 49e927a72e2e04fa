package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refunds of Midtrans payments: through the refund API for QRIS, e-wallets and cards (partial allowed, refund_key our
 * refund id); owed to the buyer for a virtual account, settled after a transfer recorded by one administrator and
 * confirmed by a second.
 */
class MidtransRefundsTest extends MidtransOnWireMock {

    @Autowired
    OwedRefunds owedRefunds;

    static String refundAnswer(String orderId, String refundKey, long amount) {
        return "{\"status_code\":\"200\",\"status_message\":\"Success, refund request is approved\",\"transaction_id\":\"tx-" + orderId
                + "\",\"order_id\":\"" + orderId + "\",\"gross_amount\":\"180000.00\",\"currency\":\"IDR\",\"payment_type\":\"qris\","
                + "\"transaction_time\":\"2026-12-03 19:00:00\",\"transaction_status\":\"partial_refund\",\"refund_chargeback_id\":4711,"
                + "\"refund_amount\":\"" + amount + ".00\",\"refund_key\":\"" + refundKey + "\"}";
    }

    @Test
    void a_partial_qris_refund_goes_to_midtrans_with_our_refund_id_as_key_and_settles_once() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = paidByMidtrans(order, PaymentMethod.QRIS, "qris");
        String refundId = "rf-" + order;
        stripe.stubFor(post(urlPathEqualTo("/v2/tx-" + orderId + "/refund")).willReturn(okJson(refundAnswer(orderId, refundId, 55_000))));

        payments.refund(new RefundRequest(refundId, order, Money.rupiah(55_000), "barang rusak"));
        payments.refund(new RefundRequest(refundId, order, Money.rupiah(55_000), "barang rusak"));

        JsonNode body = JsonMapper.builder().build().readTree(single(postRequestedFor(urlPathEqualTo("/v2/tx-" + orderId + "/refund"))).getBodyAsString());
        assertThat(body.path("refund_key").asString()).isEqualTo(refundId);
        assertThat(body.path("amount").asLong()).isEqualTo(55_000);
        assertThat(events.refunds(order)).singleElement().satisfies(settled -> {
            assertThat(settled.succeeded()).isTrue();
            assertThat(settled.amount()).isEqualTo(Money.rupiah(55_000));
        });
    }

    @Test
    void a_refund_midtrans_refuses_settles_as_failed() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = paidByMidtrans(order, PaymentMethod.GOPAY, "gopay");
        stripe.stubFor(post(urlPathEqualTo("/v2/tx-" + orderId + "/refund")).willReturn(okJson(
                "{\"status_code\":\"412\",\"status_message\":\"Merchant cannot modify the status of the transaction\"}")));

        payments.refund(new RefundRequest("rf-x-" + order, order, Money.rupiah(180_000), null));

        assertThat(events.refunds(order)).singleElement().satisfies(settled -> assertThat(settled.succeeded()).isFalse());
    }

    @Test
    void a_virtual_account_refund_is_owed_to_the_buyer_and_settles_after_a_transfer_recorded_and_confirmed_by_two_administrators() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = paidByMidtrans(order, PaymentMethod.PERMATA_VA, "permata");
        String refundId = "rf-va-" + order;

        payments.refund(new RefundRequest(refundId, order, Money.rupiah(35_000), "parsel tidak dikirim"));

        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo("/v2/tx-" + orderId + "/refund")))).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM payment_refund WHERE refund_id = ?").param(refundId).query(String.class).single()).isEqualTo("OWED");
        assertThat(events.refunds(order)).isEmpty();
        Callers.signIn(Callers.admin(9_101));
        assertThat(owedRefunds.open()).filteredOn(owed -> owed.refundId().equals(refundId)).singleElement().satisfies(owed -> {
            assertThat(owed.kind()).isEqualTo(OwedRefund.Kind.REFUND);
            assertThat(owed.amount()).isEqualTo(Money.rupiah(35_000));
            assertThat(owed.status()).isEqualTo(OwedRefund.Status.OWED);
        });

        assertThatThrownBy(() -> owedRefunds.recordTransfer(refundId, "TRF-1")).hasMessage("payment.owed.error.state");
        assertThatThrownBy(() -> owedRefunds.enterBankDetails(refundId, "BCA", "12ab", "Siti")).hasMessage("payment.owed.error.account");
        owedRefunds.enterBankDetails(refundId, "BCA", "123 456 7890", "Siti Aminah");
        owedRefunds.recordTransfer(refundId, "TRF-" + order);
        assertThatThrownBy(() -> owedRefunds.confirm(refundId)).hasMessage("payment.owed.error.four-eyes");
        assertThat(events.refunds(order)).isEmpty();

        Callers.signIn(Callers.admin(9_102));
        owedRefunds.confirm(refundId);
        assertThatThrownBy(() -> owedRefunds.confirm(refundId)).hasMessage("payment.owed.error.state");

        assertThat(events.refunds(order)).singleElement().satisfies(settled -> assertThat(settled.succeeded()).isTrue());
        assertThat(owedRefunds.open()).noneMatch(owed -> owed.refundId().equals(refundId));
    }

    @Test
    void owed_refunds_are_for_administrators_only() {
        Callers.signIn(Callers.buyer(9_103));

        assertThatThrownBy(() -> owedRefunds.open()).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> owedRefunds.confirm("any")).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_midtrans_that_cannot_be_reached_leaves_the_refund_pending_for_a_retry_with_the_same_key() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = paidByMidtrans(order, PaymentMethod.QRIS, "qris");
        String refundId = "rf-retry-" + order;
        stripe.stubFor(post(urlPathEqualTo("/v2/tx-" + orderId + "/refund")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> payments.refund(new RefundRequest(refundId, order, Money.rupiah(10_000), null)))
                .isInstanceOf(PaymentUnavailableException.class);
        stripe.stubFor(post(urlPathEqualTo("/v2/tx-" + orderId + "/refund")).willReturn(okJson(refundAnswer(orderId, refundId, 10_000))));
        payments.refund(new RefundRequest(refundId, order, Money.rupiah(10_000), null));

        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo("/v2/tx-" + orderId + "/refund"))))
                .hasSize(2).allSatisfy(call -> assertThat(call.getBodyAsString()).contains("\"refund_key\":\"" + refundId + "\""));
        assertThat(events.refunds(order)).singleElement().satisfies(settled -> assertThat(settled.succeeded()).isTrue());
    }
}
