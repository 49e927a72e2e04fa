package id.go.bnn.pasarbersinar.payment.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pasar.payment.*}: how long a payment page stays payable when the order names no reservation end
 * ({@code session-validity}), and Stripe's keys and API address. Without a secret key the demo uses the demo provider.
 */
@ConfigurationProperties("pasar.payment")
public record PaymentProperties(Duration sessionValidity, Stripe stripe) {

    public PaymentProperties {
        sessionValidity = sessionValidity == null ? Duration.ofMinutes(30) : sessionValidity;
        stripe = stripe == null ? new Stripe(null, null, null) : stripe;
    }

    /** Named Stripe for the configuration keys; it holds strings only, not the SDK. */
    public record Stripe(String secretKey, String webhookSecret, String apiBase) {

        public Stripe {
            secretKey = secretKey == null ? "" : secretKey.strip();
            webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
            apiBase = apiBase == null || apiBase.isBlank() ? "https://api.stripe.com" : apiBase.strip();
        }

        public boolean configured() {
            return !secretKey.isEmpty();
        }
    }
}
