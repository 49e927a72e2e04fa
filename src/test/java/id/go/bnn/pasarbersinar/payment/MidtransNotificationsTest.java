package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * Midtrans's notifications at {@code POST /webhook/midtrans}: signed, stored once, confirmed by the status API, and
 * processed once whatever their number and order.
 */
class MidtransNotificationsTest extends MidtransOnWireMock {

    @Test
    void a_settlement_confirmed_by_the_status_api_pays_the_order_once_and_records_provider_type_and_fee() throws Exception {
        String order = Orders.newOrderNumber();

        String orderId = paidByMidtrans(order, PaymentMethod.QRIS, "qris");

        assertThat(events.succeeded(order)).singleElement().satisfies(paid -> {
            assertThat(paid.amount()).isEqualTo(Money.rupiah(180_000));
            assertThat(paid.sessionId()).isEqualTo(orderId);
        });
        // 0.7 % of Rp 180.000: the platform's cost.
        assertThat(events.fees(order)).singleElement().satisfies(fee -> {
            assertThat(fee.fee()).isEqualTo(Money.rupiah(1_260));
            assertThat(fee.provider()).isEqualTo("MIDTRANS");
            assertThat(fee.paymentType()).isEqualTo("qris");
        });
        assertThat(jdbc.sql("SELECT provider, payment_type, fee, payment_reference FROM payment WHERE order_number = ?").param(order)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getString(4)).single())
                .isEqualTo("MIDTRANS qris 1260 tx-" + orderId);
        assertThat(stripe.findAll(getRequestedFor(urlPathEqualTo("/v2/" + orderId + "/status")))).hasSize(1);
    }

    @Test
    void a_tampered_or_unsigned_notification_gets_403_and_changes_nothing() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.GOPAY);
        stubStatus(orderId, "settlement", "200", "gopay", "180000.00");
        String genuine = transaction(orderId, "settlement", "200", "gopay", "180000.00");

        assertThat(deliver(genuine.replace("\"gross_amount\":\"180000.00\"", "\"gross_amount\":\"1000.00\""))).isEqualTo(403);
        assertThat(deliver(genuine.replace(signature(orderId, "200", "180000.00"), signature(orderId, "201", "180000.00")))).isEqualTo(403);
        assertThat(deliver(genuine.replace("\"status_code\":\"200\"", "\"status_code\":\"201\""))).isEqualTo(403);
        assertThat(deliver(genuine.replaceAll(",\"signature_key\":\"[0-9a-f]+\"", ""))).isEqualTo(400);
        assertThat(deliver("not json")).isEqualTo(400);

        assertThat(notifications(orderId)).isZero();
        assertThat(events.about(order)).isEmpty();
        assertThat(stripe.findAll(getRequestedFor(urlPathEqualTo("/v2/" + orderId + "/status")))).isEmpty();
    }

    @Test
    void a_duplicated_notification_is_stored_once_and_pays_once() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = paidByMidtrans(order, PaymentMethod.SHOPEEPAY, "shopeepay");

        assertThat(notify(orderId, "settlement", "200", "180000.00", "shopeepay")).isEqualTo(200);
        assertThat(notify(orderId, "settlement", "200", "180000.00", "shopeepay")).isEqualTo(200);

        assertThat(notifications(orderId)).isEqualTo(1);
        assertThat(events.succeeded(order)).hasSize(1);
        assertThat(events.fees(order)).hasSize(1);
        assertThat(stripe.findAll(getRequestedFor(urlPathEqualTo("/v2/" + orderId + "/status")))).hasSize(1);
    }

    @Test
    void pending_keeps_the_order_waiting_and_the_settlement_that_follows_pays_it() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.BNI_VA);
        stubStatus(orderId, "pending", "201", "bank_transfer", "180000.00");

        assertThat(notify(orderId, "pending", "201", "180000.00", "bank_transfer")).isEqualTo(200);
        assertThat(events.about(order)).isEmpty();

        stubStatus(orderId, "settlement", "200", "bank_transfer", "180000.00");
        assertThat(notify(orderId, "settlement", "200", "180000.00", "bank_transfer")).isEqualTo(200);

        assertThat(events.succeeded(order)).hasSize(1);
        // A virtual account costs the platform a flat Rp 4.000.
        assertThat(events.fees(order)).singleElement().satisfies(fee -> assertThat(fee.fee()).isEqualTo(Money.rupiah(4_000)));
    }

    @Test
    void reordered_notifications_a_stale_pending_and_a_stale_expire_after_the_settlement_change_nothing() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = paidByMidtrans(order, PaymentMethod.BRI_VA, "bank_transfer");

        // The status API still says settlement: the stale news is not believed.
        assertThat(notify(orderId, "pending", "201", "180000.00", "bank_transfer")).isEqualTo(200);
        assertThat(notify(orderId, "expire", "407", "180000.00", "bank_transfer")).isEqualTo(200);

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentSucceeded.class);
        assertThat(notifications(orderId)).isEqualTo(3);
    }

    @Test
    void the_body_alone_is_never_trusted_a_signed_settlement_the_status_api_denies_pays_nothing() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.QRIS);
        stubStatus(orderId, "pending", "201", "qris", "180000.00");

        assertThat(notify(orderId, "settlement", "200", "180000.00", "qris")).isEqualTo(200);

        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void expire_cancel_and_deny_fail_the_payment_so_the_order_releases_its_stock() throws Exception {
        for (String[] news : new String[][] {{"expire", "407"}, {"cancel", "200"}, {"deny", "202"}}) {
            String order = Orders.newOrderNumber();
            String orderId = openByMidtrans(order, PaymentMethod.MANDIRI_VA);
            stubStatus(orderId, news[0], news[1], "echannel", "180000.00");

            assertThat(notify(orderId, news[0], news[1], "180000.00", "echannel")).isEqualTo(200);
            assertThat(notify(orderId, news[0], news[1], "180000.00", "echannel")).isEqualTo(200);

            assertThat(events.about(order)).as(news[0]).singleElement().isInstanceOf(PaymentFailed.class);
        }
    }

    @Test
    void a_notification_about_no_order_of_ours_is_acknowledged_and_changes_nothing() throws Exception {
        String orderId = "ELSEWHERE-" + Orders.newOrderNumber();

        assertThat(notify(orderId, "settlement", "200", "5000.00", "qris")).isEqualTo(200);

        assertThat(jdbc.sql("SELECT note FROM payment_midtrans_notification WHERE order_id = ?").param(orderId).query(String.class).single())
                .startsWith("unknown");
    }

    @Test
    void the_return_page_asks_midtrans_and_pays_a_settled_order_once() {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.QRIS);
        stubStatus(orderId, "settlement", "200", "qris", "180000.00");

        payments.confirm(order);
        payments.confirm(order);

        assertThat(events.succeeded(order)).hasSize(1);
    }

    @Test
    void a_snap_page_not_used_yet_leaves_the_order_waiting_on_the_return_page() {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.GOPAY);
        stripe.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/v2/" + orderId + "/status"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"status_code\":\"404\",\"status_message\":\"Transaction doesn't exist.\"}")));

        payments.confirm(order);

        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void a_notification_midtrans_could_not_confirm_stays_stored_and_its_redelivery_pays_the_order() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.QRIS);
        stripe.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/v2/" + orderId + "/status"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));

        assertThat(notify(orderId, "settlement", "200", "180000.00", "qris")).isEqualTo(200);
        assertThat(events.about(order)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_midtrans_notification WHERE order_id = ? AND processed_at IS NULL").param(orderId)
                .query(Integer.class).single()).isEqualTo(1);

        stubStatus(orderId, "settlement", "200", "qris", "180000.00");
        assertThat(notify(orderId, "settlement", "200", "180000.00", "qris")).isEqualTo(200);

        assertThat(events.succeeded(order)).hasSize(1);
        assertThat(notifications(orderId)).isEqualTo(1);
    }
}
