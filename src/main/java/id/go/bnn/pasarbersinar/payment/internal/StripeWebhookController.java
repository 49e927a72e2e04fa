package id.go.bnn.pasarbersinar.payment.internal;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhook/stripe}: Stripe's news about sessions and refunds. The signature is checked with the SDK
 * (HMAC with {@code STRIPE_WEBHOOK_SECRET}, at most 5 minutes old); a forged, tampered or stale request gets 400 and
 * nothing is stored. A genuine event is stored once by its id and then processed; the answer is 200 whether the
 * event was new, a redelivery or of no interest, so Stripe stops retrying. If processing fails, the event stays
 * stored and unprocessed and {@link StripeWebhookEvents#retryUnprocessed()} picks it up again.
 */
@RestController
class StripeWebhookController {

    static final String PATH = "/webhook/stripe";
    static final long TOLERANCE_SECONDS = 300;

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final PaymentProperties properties;
    private final PaymentStore store;
    private final StripeWebhookEvents events;
    private final Clock clock;

    StripeWebhookController(PaymentProperties properties, PaymentStore store, StripeWebhookEvents events, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> receive(@RequestBody(required = false) String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        String secret = properties.stripe().webhookSecret();
        if (secret.isEmpty()) {
            log.warn("A Stripe webhook arrived but STRIPE_WEBHOOK_SECRET is not set: refused");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("webhook secret not configured\n");
        }
        if (payload == null || signature == null) {
            return ResponseEntity.badRequest().body("missing payload or signature\n");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            log.warn("Stripe webhook refused: {}", e.getMessage());
            return ResponseEntity.badRequest().body("invalid signature\n");
        } catch (RuntimeException e) {
            // Gson's parse errors (the SDK reads the body only after the signature matched).
            log.warn("Stripe webhook refused: not an event ({})", e.getMessage());
            return ResponseEntity.badRequest().body("invalid payload\n");
        }
        if (event.getId() == null || event.getType() == null) {
            return ResponseEntity.badRequest().body("invalid payload\n");
        }
        if (!store.storeEvent(event.getId(), event.getType(), payload, clock.instant())) {
            log.info("Stripe event {} ({}) received again", event.getId(), event.getType());
        }
        try {
            events.process(event.getId());
        } catch (RuntimeException e) {
            // Stored: the retry job processes it again; Stripe need not resend it.
            log.error("Stripe event {} ({}) could not be processed now; it will be retried", event.getId(), event.getType(), e);
        }
        return ResponseEntity.ok("ok\n");
    }
}
