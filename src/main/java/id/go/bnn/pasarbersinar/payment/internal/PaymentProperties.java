package id.go.bnn.pasarbersinar.payment.internal;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code pasar.payment.*}: how long a payment page stays payable when the order names no reservation end
 * ({@code session-validity}), Stripe's keys and API address (cards), and Midtrans's (QRIS, e-wallets, virtual accounts).
 * Without either secret key the demo uses the demo provider.
 */
@ConfigurationProperties("pasar.payment")
public record PaymentProperties(Duration sessionValidity, Stripe stripe, Midtrans midtrans) {

    @ConstructorBinding
    public PaymentProperties {
        sessionValidity = sessionValidity == null ? Duration.ofMinutes(30) : sessionValidity;
        stripe = stripe == null ? new Stripe(null, null, null) : stripe;
        midtrans = midtrans == null ? new Midtrans(null, null, null, null, null, null, null) : midtrans;
    }

    public PaymentProperties(Duration sessionValidity, Stripe stripe) {
        this(sessionValidity, stripe, null);
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

    /**
     * Midtrans: the server key (basic auth of every call and part of each notification's signature), the client key
     * (kept for a Snap pop-up; the redirect needs none), Snap's address ({@code apiBase}: transactions) and the core
     * API's ({@code coreApiBase}: status, cancel, expire, refund), both sandbox by default. Midtrans returns no fee
     * with a settlement, so the platform's cost is computed from the configured rates: a percentage for QRIS and
     * for e-wallets, a flat amount for a virtual account.
     */
    public record Midtrans(String serverKey, String clientKey, String apiBase, String coreApiBase, BigDecimal feeQrisPercent,
            BigDecimal feeEwalletPercent, Long feeVirtualAccount) {

        public Midtrans {
            serverKey = serverKey == null ? "" : serverKey.strip();
            clientKey = clientKey == null ? "" : clientKey.strip();
            apiBase = apiBase == null || apiBase.isBlank() ? "https://app.sandbox.midtrans.com" : stripSlash(apiBase.strip());
            coreApiBase = coreApiBase == null || coreApiBase.isBlank() ? "https://api.sandbox.midtrans.com" : stripSlash(coreApiBase.strip());
            feeQrisPercent = feeQrisPercent == null ? new BigDecimal("0.7") : feeQrisPercent;
            feeEwalletPercent = feeEwalletPercent == null ? new BigDecimal("2") : feeEwalletPercent;
            feeVirtualAccount = feeVirtualAccount == null ? 4_000L : feeVirtualAccount;
        }

        public boolean configured() {
            return !serverKey.isEmpty();
        }

        private static String stripSlash(String url) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }
}
