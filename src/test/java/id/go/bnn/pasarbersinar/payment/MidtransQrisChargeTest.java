package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A booth's QRIS charge through Midtrans's core API (on WireMock): the QR string it answers is what the phone shows;
 * the payment is confirmed by Midtrans's signed notification and a status check, as for an online order, and heard as
 * {@link QrisChargePaid} (no order hears anything); a charge closed before it was paid records its expiry.
 */
class MidtransQrisChargeTest extends MidtransOnWireMock {

    private static final String QR_STRING = "00020101021226620014COM.GO-JEK.WWW011993600914300000000000214A1B2C3D4E5F6G7H80303UMI51440014ID.CO.QRIS.WWW"
            + "0215ID20200000000010303UMI5204581253033605406150000.005802ID5913PASAR BERSINAR6007JAKARTA6304ABCD";

    @Autowired
    QrisCharges charges;

    static String orderId(String key) {
        return "BOOTH-" + key.replace("-", "").toUpperCase(Locale.ROOT) + "-1";
    }

    static void stubCharge(String orderId) {
        stripe.stubFor(post(urlPathEqualTo("/v2/charge")).withRequestBody(matchingJsonPath("$.transaction_details.order_id", equalTo(orderId)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"status_code\":\"201\","
                        + "\"status_message\":\"QRIS transaction is created\",\"transaction_id\":\"tx-" + orderId + "\",\"order_id\":\"" + orderId
                        + "\",\"gross_amount\":\"150000.00\",\"currency\":\"IDR\",\"payment_type\":\"qris\",\"transaction_status\":\"pending\","
                        + "\"fraud_status\":\"accept\",\"actions\":[{\"name\":\"generate-qr-code\",\"method\":\"GET\",\"url\":\"https://api.sandbox.midtrans.com/v2/qris/tx/qr-code\"}],"
                        + "\"qr_string\":\"" + QR_STRING + "\",\"acquirer\":\"gopay\"}")));
    }

    static QrisChargeRequest request(String key) {
        return new QrisChargeRequest(key, Money.rupiah(150_000), 7, "Penjahit Tenun Fatululi",
                List.of(new CheckoutRequest.Item("Selendang tenun ikat", "Ikat woven shawl", 1, Money.rupiah(150_000)),
                        new CheckoutRequest.Item("Kantong kertas", 1, Money.ZERO)),
                "http://localhost/kasir", "id");
    }

    @Test
    void the_qr_string_of_midtrans_is_shown_and_its_signed_notification_confirms_the_charge() throws Exception {
        String key = UUID.randomUUID().toString();
        String orderId = orderId(key);
        stubCharge(orderId);

        QrisCharge charge = charges.start(request(key));

        assertThat(charge.state()).isEqualTo(QrisCharge.State.OPEN);
        assertThat(charge.qrPayload()).isEqualTo(QR_STRING);
        assertThat(charge.qrImage()).startsWith("data:image/png;base64,");
        assertThat(charge.payPage()).isNull();
        assertThat(charge.demo()).isFalse();
        stripe.verify(postRequestedFor(urlPathEqualTo("/v2/charge"))
                .withRequestBody(matchingJsonPath("$.transaction_details.order_id", equalTo(orderId)))
                .withRequestBody(matchingJsonPath("$.payment_type", equalTo("qris")))
                .withRequestBody(matchingJsonPath("$.transaction_details.gross_amount", equalTo("150000")))
                .withRequestBody(matchingJsonPath("$.qris.acquirer", equalTo("gopay")))
                .withRequestBody(matchingJsonPath("$.item_details.length()", equalTo("1")))
                .withHeader("Idempotency-Key", equalTo("checkout-" + orderId)));
        assertThat(charges.start(request(key)).qrPayload()).as("asked again: the same charge").isEqualTo(QR_STRING);
        stubStatus(orderId, "pending", "201", "qris", "150000.00");
        assertThat(charges.check(key)).hasValueSatisfying(open -> assertThat(open.state()).isEqualTo(QrisCharge.State.OPEN));

        stubStatus(orderId, "settlement", "200", "qris", "150000.00");
        assertThat(notify(orderId, "settlement", "200", "150000.00", "qris")).isEqualTo(200);

        assertThat(charges.find(key)).hasValueSatisfying(paid -> {
            assertThat(paid.state()).isEqualTo(QrisCharge.State.PAID);
            assertThat(paid.paymentReference()).isEqualTo("tx-" + orderId);
            assertThat(paid.qrPayload()).isNull();
        });
        assertThat(events.qrisPaid(key)).singleElement().satisfies(paid -> assertThat(paid.amount()).isEqualTo(Money.rupiah(150_000)));
        assertThat(events.succeeded(QrisCharges.number(key))).as("no order hears a booth's charge").isEmpty();
        assertThat(events.fees(QrisCharges.number(key))).singleElement().satisfies(fee -> assertThat(fee.fee()).isEqualTo(Money.rupiah(1_050)));
        assertThat(notify(orderId, "settlement", "200", "150000.00", "qris")).isEqualTo(200);
        assertThat(events.qrisPaid(key)).as("told twice, heard once").hasSize(1);
    }

    @Test
    void a_charge_closed_before_it_was_paid_is_expired_and_a_malformed_one_is_refused() {
        String key = UUID.randomUUID().toString();
        String orderId = orderId(key);
        stubCharge(orderId);
        charges.start(request(key));
        stripe.stubFor(post(urlPathEqualTo("/v2/" + orderId + "/expire")).willReturn(okJson("{\"status_code\":\"407\",\"status_message\":"
                + "\"Success, transaction is expired\",\"order_id\":\"" + orderId + "\",\"transaction_status\":\"expire\"}")));

        assertThat(charges.cancel(key)).hasValueSatisfying(closed -> {
            assertThat(closed.state()).isEqualTo(QrisCharge.State.EXPIRED);
            assertThat(closed.qrPayload()).isNull();
        });
        assertThat(events.qrisPaid(key)).isEmpty();
        assertThat(events.failed(QrisCharges.number(key))).isEmpty();
        assertThatThrownBy(() -> charges.start(new QrisChargeRequest(key.toUpperCase(Locale.ROOT), Money.rupiah(1), 7, "x", List.of(), "http://localhost/kasir", "id")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> charges.start(new QrisChargeRequest(UUID.randomUUID().toString(), Money.ZERO, 7, "x", List.of(), "http://localhost/kasir", "id")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(charges.find(UUID.randomUUID().toString())).isEmpty();
    }
}
