package id.go.bnn.pasarbersinar.payment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhook/midtrans}: Midtrans's HTTP notifications. The {@code signature_key} must be the SHA-512 (hex)
 * of {@code order_id + status_code + gross_amount + server key}, compared in constant time; a forged or tampered
 * notification gets 403 and nothing is stored. A genuine one is stored once and processed; the answer is 200 whether
 * it was new, a redelivery or about no order of ours, so Midtrans stops retrying. If processing fails (Midtrans could
 * not be asked for the status), it stays stored and {@link MidtransNotifications#retryUnprocessed()} takes it up again.
 */
@RestController
class MidtransWebhookController {

    static final String PATH = "/webhook/midtrans";

    private static final Logger log = LoggerFactory.getLogger(MidtransWebhookController.class);
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9._~-]{1,60}");
    private static final int MAX_PAYLOAD = 64 * 1024;

    private final PaymentProperties properties;
    private final MidtransNotificationStore store;
    private final MidtransNotifications notifications;
    private final JsonMapper json;
    private final Clock clock;

    MidtransWebhookController(PaymentProperties properties, MidtransNotificationStore store, MidtransNotifications notifications, JsonMapper json,
            Clock clock) {
        this.properties = properties;
        this.store = store;
        this.notifications = notifications;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> receive(@RequestBody(required = false) String payload) {
        String serverKey = properties.midtrans().serverKey();
        if (serverKey.isEmpty()) {
            log.warn("A Midtrans notification arrived but MIDTRANS_SERVER_KEY is not set: refused");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("midtrans not configured\n");
        }
        if (payload == null || payload.isBlank() || payload.length() > MAX_PAYLOAD) {
            return ResponseEntity.badRequest().body("missing payload\n");
        }
        JsonNode body;
        try {
            body = json.readTree(payload);
        } catch (RuntimeException notJson) {
            return ResponseEntity.badRequest().body("invalid payload\n");
        }
        String orderId = text(body, "order_id");
        String statusCode = text(body, "status_code");
        String grossAmount = text(body, "gross_amount");
        String signature = text(body, "signature_key");
        String transactionStatus = text(body, "transaction_status");
        if (orderId == null || statusCode == null || grossAmount == null || signature == null || transactionStatus == null
                || !ORDER_ID.matcher(orderId).matches()) {
            return ResponseEntity.badRequest().body("invalid payload\n");
        }
        if (!signed(orderId + statusCode + grossAmount + serverKey, signature)) {
            log.warn("Midtrans notification about {} refused: bad signature", orderId);
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("invalid signature\n");
        }
        String key = sha256(String.join("|", orderId, transactionStatus, statusCode, grossAmount, String.valueOf(text(body, "fraud_status")),
                String.valueOf(text(body, "transaction_id")), String.valueOf(text(body, "settlement_time"))));
        if (!store.store(key, orderId, transactionStatus.length() > 30 ? transactionStatus.substring(0, 30) : transactionStatus, payload, clock.instant())) {
            log.info("Midtrans notification about {} ({}) received again", orderId, transactionStatus);
        }
        try {
            notifications.process(key);
        } catch (RuntimeException e) {
            log.error("Midtrans notification about {} ({}) could not be processed now; it will be retried", orderId, transactionStatus, e);
        }
        return ResponseEntity.ok("ok\n");
    }

    static boolean signed(String signedText, String signature) {
        byte[] expected = HexFormat.of().formatHex(digest("SHA-512", signedText)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(digest("SHA-256", text));
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JVM", e);
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isString() ? node.asString() : node.isNumber() ? node.asString() : null;
    }
}
