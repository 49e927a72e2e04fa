package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checkout Sessions at Stripe: what is sent, in which currency and language, with which idempotency key; a lost
 * answer recovered, a refusal not retried, and confirming a session by asking Stripe.
 */
class StripeCheckoutSessionsTest extends StripeOnWireMock {

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
}
