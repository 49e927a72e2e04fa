package id.go.bnn.pasarbersinar.payment;

import com.stripe.Stripe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Plays Stripe's side of the webhook: events as Stripe writes them, signed as Stripe signs them. */
record StripeWebhooks(int port, String secret) {

    private static final HttpClient http = HttpClient.newHttpClient();

    static String event(String eventId, String type, String objectJson) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,"pending_webhooks":1,\
                "type":"%s","data":{"object":%s}}""".formatted(eventId, Stripe.API_VERSION, Instant.now().getEpochSecond(), type, objectJson);
    }

    static String session(String sessionId, String orderNumber, String status, String paymentStatus, long amountTotal, String paymentIntent) {
        return """
                {"id":"%s","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/%s","status":"%s","payment_status":"%s",\
                "amount_total":%d,"currency":"idr","mode":"payment","payment_intent":%s,"client_reference_id":"%s",\
                "metadata":{"order_number":"%s","attempt":"1"}}""".formatted(sessionId, sessionId, status, paymentStatus, amountTotal,
                paymentIntent == null ? "null" : "\"" + paymentIntent + "\"", orderNumber, orderNumber);
    }

    static String refund(String refundId, String providerRefundId, String orderNumber, long amount, String status) {
        return """
                {"id":"%s","object":"refund","amount":%d,"currency":"idr","status":"%s","payment_intent":"pi_%s",\
                "metadata":{"refund_id":"%s","order_number":"%s"}}""".formatted(providerRefundId, amount, status, orderNumber, refundId, orderNumber);
    }

    /** {@code t=…,v1=HMAC-SHA256(secret, t + "." + payload)}, as Stripe computes it. */
    static String signature(String secret, String payload, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String v1 = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return "t=" + timestamp + ",v1=" + v1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> deliver(String payload) throws Exception {
        return post(payload, signature(secret, payload, Instant.now().getEpochSecond()));
    }

    HttpResponse<String> post(String payload, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhook/stripe"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
