package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.payout.IrisSettlement;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhook/iris}: Midtrans Iris's payout notifications. Header {@code Iris-Signature} must be the SHA-512
 * (hex) of the raw body followed by the merchant key ({@code MIDTRANS_IRIS_MERCHANT_KEY}), compared in constant time; a
 * missing or wrong one gets 403 and nothing is stored. A genuine notification is stored once and settled from Iris's
 * own status of the payout (see {@link IrisSettlement}); the answer is 200 for new, repeated and unknown payouts alike.
 */
@RestController
class IrisWebhookController {

    static final String PATH = "/webhook/iris";
    private static final Logger log = LoggerFactory.getLogger(IrisWebhookController.class);

    private final PayoutProperties properties;
    private final IrisSettlement settlement;
    private final JsonMapper json;

    IrisWebhookController(PayoutProperties properties, IrisSettlement settlement, JsonMapper json) {
        this.properties = properties;
        this.settlement = settlement;
        this.json = json;
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> receive(@RequestBody(required = false) String body, @RequestHeader(name = "Iris-Signature", required = false) String signature) {
        String key = properties.iris().merchantKey();
        if (key.isEmpty()) {
            log.warn("An Iris notification arrived but MIDTRANS_IRIS_MERCHANT_KEY is not set: refused");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("merchant key not configured\n");
        }
        if (body == null || signature == null || !MessageDigest.isEqual(signature(body, key).getBytes(StandardCharsets.US_ASCII),
                signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            log.warn("Iris notification refused: bad or missing Iris-Signature");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("invalid signature\n");
        }
        String reference;
        String status;
        try {
            JsonNode notification = json.readTree(body);
            reference = notification.path("reference_no").asString(null);
            status = notification.path("status").asString(null);
        } catch (RuntimeException e) {
            return ResponseEntity.badRequest().body("invalid payload\n");
        }
        if (reference == null || reference.isBlank() || reference.length() > 64) {
            // A top-up notification (no reference_no) concerns no payout of ours.
            return ResponseEntity.ok("ignored\n");
        }
        try {
            Caller.runAsSystem(() -> settlement.notified(body, reference, status == null ? null : status.length() > 20 ? status.substring(0, 20) : status));
        } catch (RuntimeException e) {
            log.error("Iris notification for {} could not be processed now; it is kept for a retry", reference, e);
        }
        return ResponseEntity.ok("ok\n");
    }

    static String signature(String body, String merchantKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest((body + merchantKey).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
