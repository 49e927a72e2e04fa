package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checkout by QRIS, e-wallet or virtual account goes to Midtrans Snap; the card still to Stripe. */
class MidtransCheckoutTest extends MidtransOnWireMock {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void with_stripe_and_midtrans_configured_every_method_is_offered() {
        assertThat(payments.availableMethods()).containsExactly(PaymentMethod.values());
        assertThat(payments.isDemo()).isFalse();
    }

    @Test
    void a_qris_checkout_creates_one_snap_transaction_in_whole_rupiah_with_a_line_per_item_and_per_parcel_shipping() {
        String order = Orders.newOrderNumber();

        String orderId = openByMidtrans(order, PaymentMethod.QRIS);

        LoggedRequest request = single(postRequestedFor(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id",
                equalTo(orderId))));
        assertThat(orderId).isEqualTo(order + "-1");
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString((MIDTRANS_SERVER_KEY + ":").getBytes(StandardCharsets.UTF_8)));
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("checkout-" + order + "-1");
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.path("transaction_details").path("gross_amount").isIntegralNumber()).isTrue();
        assertThat(body.path("transaction_details").path("gross_amount").asLong()).isEqualTo(180_000);
        long sum = 0;
        for (JsonNode item : body.path("item_details")) {
            assertThat(item.path("price").isIntegralNumber()).isTrue();
            assertThat(item.path("name").asString().length()).isLessThanOrEqualTo(50);
            sum += item.path("price").asLong() * item.path("quantity").asLong();
        }
        assertThat(sum).isEqualTo(180_000);
        assertThat(body.path("item_details")).hasSize(4);
        assertThat(body.path("item_details").get(1).path("name").asString()).isEqualTo("Ongkos kirim - Kelompok Harapan Baru");
        assertThat(body.path("item_details").get(1).path("price").asLong()).isEqualTo(20_000);
        assertThat(body.path("enabled_payments")).hasSize(1);
        assertThat(body.path("enabled_payments").get(0).asString()).isEqualTo("other_qris");
        assertThat(body.path("customer_details").path("email").asString()).isEqualTo("pembeli@example.id");
        assertThat(body.path("expiry").path("unit").asString()).isEqualTo("minute");
        assertThat(body.path("expiry").path("duration").asLong()).isBetween(29L, 31L);
        assertThat(body.path("expiry").path("start_time").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\+0700");
        assertThat(body.path("callbacks").path("finish").asString()).isEqualTo("https://toko.example.id/pesanan/" + order + "/selesai");
        assertThat(jdbc.sql("SELECT provider FROM payment_session WHERE order_number = ?").param(order).query(String.class).single()).isEqualTo("MIDTRANS");
    }

    @Test
    void asking_again_for_the_same_order_answers_the_same_snap_page_without_a_second_transaction() {
        String order = Orders.newOrderNumber();
        String orderId = openByMidtrans(order, PaymentMethod.BCA_VA);

        PaymentRedirect again = payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.BCA_VA));

        assertThat(again.url()).isEqualTo(redirectUrl(orderId));
        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id",
                equalTo(orderId))))).hasSize(1);
    }

    @Test
    void a_card_still_goes_to_stripe() {
        String order = Orders.newOrderNumber();
        stubCreate(order, "open", "unpaid");

        PaymentRedirect redirect = payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.CARD));

        assertThat(redirect.sessionId()).isEqualTo("cs_test_" + order);
        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id",
                equalTo(order + "-1"))))).isEmpty();
    }

    @Test
    void a_crash_between_midtrans_answer_and_our_commit_is_repaired_by_the_retry_with_the_same_key_and_order_id() {
        String order = Orders.newOrderNumber();
        String orderId = order + "-1";
        // Midtrans makes the transaction, but its answer never reaches our commit (the connection dies with it).
        stripe.stubFor(post(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id", equalTo(orderId)))
                .inScenario("crash-" + order).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        stripe.stubFor(post(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id", equalTo(orderId)))
                .inScenario("crash-" + order).whenScenarioStateIs("answered")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"token\":\"tok-" + orderId + "\",\"redirect_url\":\"" + redirectUrl(orderId) + "\"}")));

        assertThatThrownBy(() -> payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.GOPAY)))
                .isInstanceOf(PaymentUnavailableException.class);
        assertThat(jdbc.sql("SELECT status FROM payment_session WHERE order_number = ?").param(order).query(String.class).list()).containsExactly("CREATING");

        PaymentRedirect retried = payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.GOPAY));

        assertThat(retried.url()).isEqualTo(redirectUrl(orderId));
        List<LoggedRequest> calls = stripe.findAll(postRequestedFor(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath(
                "$.transaction_details.order_id", equalTo(orderId))));
        assertThat(calls).hasSize(2).allSatisfy(call -> assertThat(call.getHeader("Idempotency-Key")).isEqualTo("checkout-" + order + "-1"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_session WHERE order_number = ?").param(order).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_transaction_made_just_before_a_crash_is_recognised_when_its_settlement_is_notified() throws Exception {
        String order = Orders.newOrderNumber();
        String orderId = order + "-1";
        stripe.stubFor(post(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id", equalTo(orderId)))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.QRIS)))
                .isInstanceOf(PaymentUnavailableException.class);
        stubStatus(orderId, "settlement", "200", "qris", "180000.00");

        assertThat(notify(orderId, "settlement", "200", "180000.00", "qris")).isEqualTo(200);

        assertThat(events.succeeded(order)).singleElement().satisfies(paid -> assertThat(paid.sessionId()).isEqualTo(orderId));
    }

    @Test
    void a_snap_refusal_is_definitive_and_the_next_checkout_is_a_new_attempt_with_its_own_order_id() {
        String order = Orders.newOrderNumber();
        stripe.stubFor(post(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id", equalTo(order + "-1")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error_messages\":[\"transaction_details.order_id sudah digunakan\"]}")));
        stubSnap(order + "-2");

        assertThatThrownBy(() -> payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.QRIS))).isInstanceOf(IllegalStateException.class);
        PaymentRedirect second = payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.QRIS));

        assertThat(second.url()).isEqualTo(redirectUrl(order + "-2"));
    }

    @Test
    void when_our_store_write_after_midtrans_answered_throws_once_the_retry_with_the_same_key_yields_one_transaction() {
        String order = Orders.newOrderNumber();
        String orderId = order + "-1";
        // Midtrans answers, but recording the answer fails (a redirect address longer than the column: the write throws).
        String tooLong = redirectUrl(orderId) + "?pad=" + "x".repeat(2100);
        stripe.stubFor(post(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id", equalTo(orderId)))
                .inScenario("store-" + order).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recorded-failed")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"token\":\"tok-" + orderId + "\",\"redirect_url\":\"" + tooLong + "\"}")));
        stripe.stubFor(post(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id", equalTo(orderId)))
                .inScenario("store-" + order).whenScenarioStateIs("recorded-failed")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"token\":\"tok-" + orderId + "\",\"redirect_url\":\"" + redirectUrl(orderId) + "\"}")));

        assertThatThrownBy(() -> payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.SHOPEEPAY)))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(jdbc.sql("SELECT status FROM payment_session WHERE order_number = ?").param(order).query(String.class).list()).containsExactly("CREATING");

        PaymentRedirect retried = payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.SHOPEEPAY));

        assertThat(retried.url()).isEqualTo(redirectUrl(orderId));
        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id",
                equalTo(orderId))))).hasSize(2).allSatisfy(call -> assertThat(call.getHeader("Idempotency-Key")).isEqualTo("checkout-" + order + "-1"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_session WHERE order_number = ? AND status = 'OPEN'").param(order).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void choosing_another_method_closes_the_open_snap_transaction_and_opens_one_for_the_new_method() {
        String order = Orders.newOrderNumber();
        String first = openByMidtrans(order, PaymentMethod.QRIS);
        stripe.stubFor(post(urlPathEqualTo("/v2/" + first + "/expire")).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                "{\"status_code\":\"404\",\"status_message\":\"The requested resource is not found\"}")));
        stubSnap(order + "-2");

        PaymentRedirect second = payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.BCA_VA));

        assertThat(second.url()).isEqualTo(redirectUrl(order + "-2"));
        assertThat(single(postRequestedFor(urlPathEqualTo("/v2/" + first + "/expire"))).getHeader("Idempotency-Key")).isEqualTo("switch-" + first);
        JsonNode body = JSON.readTree(single(postRequestedFor(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id",
                equalTo(order + "-2")))).getBodyAsString());
        assertThat(body.path("enabled_payments").get(0).asString()).isEqualTo("bca_va");
        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void choosing_another_method_after_the_open_one_was_paid_pays_the_order_and_opens_nothing() {
        String order = Orders.newOrderNumber();
        String first = openByMidtrans(order, PaymentMethod.GOPAY);
        stripe.stubFor(post(urlPathEqualTo("/v2/" + first + "/expire")).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                "{\"status_code\":\"412\",\"status_message\":\"Merchant cannot modify the status of the transaction\"}")));
        stubStatus(first, "settlement", "200", "gopay", "180000.00");

        assertThatThrownBy(() -> payments.startCheckout(withMethod(Orders.twoParcels(order), PaymentMethod.QRIS))).isInstanceOf(IllegalStateException.class);

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentSucceeded.class);
        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id",
                equalTo(order + "-2"))))).isEmpty();
    }
}
