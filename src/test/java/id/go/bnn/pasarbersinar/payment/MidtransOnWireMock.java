package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The set-up of the Midtrans tests: Snap and the core API on the WireMock of the Stripe tests (same Spring context),
 * answering with the bodies Midtrans documents, and notifications signed as Midtrans signs them (SHA-512 of order id,
 * status code, gross amount and the server key).
 */
abstract class MidtransOnWireMock extends StripeOnWireMock {

    static final String SNAP = "/snap/v1/transactions";

    /** A checkout by QRIS whose Snap transaction Midtrans made: its Midtrans order id. */
    String openByMidtrans(String order, PaymentMethod method) {
        stubSnap(order + "-1");
        PaymentRedirect redirect = payments.startCheckout(withMethod(Orders.twoParcels(order), method));
        assertThat(redirect.url()).isEqualTo(redirectUrl(order + "-1"));
        return order + "-1";
    }

    /** A checkout paid by {@code paymentType} (settlement confirmed by the status API). */
    String paidByMidtrans(String order, PaymentMethod method, String paymentType) throws Exception {
        String orderId = openByMidtrans(order, method);
        stubStatus(orderId, "settlement", "200", paymentType, "180000.00");
        assertThat(notify(orderId, "settlement", "200", "180000.00", paymentType)).isEqualTo(200);
        assertThat(events.succeeded(order)).hasSize(1);
        return orderId;
    }

    static CheckoutRequest withMethod(CheckoutRequest request, PaymentMethod method) {
        return new CheckoutRequest(request.orderNumber(), request.buyerEmail(), request.total(), request.parcels(), request.successUrl(),
                request.cancelUrl(), request.payableUntil(), request.language(), method);
    }

    static String redirectUrl(String orderId) {
        return "https://app.sandbox.midtrans.com/snap/v4/redirection/tok-" + orderId;
    }

    static void stubSnap(String orderId) {
        stripe.stubFor(post(urlPathEqualTo(SNAP)).withRequestBody(matchingJsonPath("$.transaction_details.order_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(orderId)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"token\":\"tok-" + orderId + "\",\"redirect_url\":\"" + redirectUrl(orderId) + "\"}")));
    }

    static void stubStatus(String orderId, String transactionStatus, String statusCode, String paymentType, String grossAmount) {
        stripe.stubFor(get(urlPathEqualTo("/v2/" + orderId + "/status")).willReturn(okJson(transaction(orderId, transactionStatus, statusCode, paymentType,
                grossAmount))));
    }

    static String transaction(String orderId, String transactionStatus, String statusCode, String paymentType, String grossAmount) {
        return "{\"status_code\":\"" + statusCode + "\",\"status_message\":\"Success, transaction is found\",\"transaction_id\":\"tx-" + orderId
                + "\",\"order_id\":\"" + orderId + "\",\"merchant_id\":\"G000000001\",\"gross_amount\":\"" + grossAmount + "\",\"currency\":\"IDR\","
                + "\"payment_type\":\"" + paymentType + "\",\"transaction_time\":\"2026-12-03 19:00:00\",\"transaction_status\":\"" + transactionStatus
                + "\",\"fraud_status\":\"accept\",\"signature_key\":\"" + signature(orderId, statusCode, grossAmount) + "\"}";
    }

    static String signature(String orderId, String statusCode, String grossAmount) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512")
                    .digest((orderId + statusCode + grossAmount + MIDTRANS_SERVER_KEY).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a correctly signed notification as Midtrans does; answers the HTTP status. */
    int notify(String orderId, String transactionStatus, String statusCode, String grossAmount, String paymentType) throws Exception {
        return deliver(transaction(orderId, transactionStatus, statusCode, paymentType, grossAmount));
    }

    int deliver(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhook/midtrans"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        }
    }

    int notifications(String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_midtrans_notification WHERE order_id = ?").param(orderId).query(Integer.class).single();
    }
}
