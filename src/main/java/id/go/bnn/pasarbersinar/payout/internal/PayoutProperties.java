package id.go.bnn.pasarbersinar.payout.internal;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pasar.payout.*}: the holding period after delivery, the platform commission until an administrator sets
 * one (percent, e.g. 10 or 7.5; 0 allowed), the smallest payout, the optional weekly run and Stripe's API.
 */
@ConfigurationProperties("pasar.payout")
public record PayoutProperties(Duration holdingPeriod, BigDecimal commissionPercent, long minimum, Stripe stripe, Iris iris) {

    public PayoutProperties {
        holdingPeriod = holdingPeriod == null ? Duration.ofDays(7) : holdingPeriod;
        commissionPercent = commissionPercent == null ? BigDecimal.TEN : commissionPercent;
        if (holdingPeriod.isNegative()) {
            throw new IllegalArgumentException("pasar.payout.holding-period cannot be negative");
        }
        if (commissionPercent.signum() < 0 || commissionPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("pasar.payout.commission-percent must be between 0 and 100");
        }
        if (minimum < 1) {
            minimum = 1;
        }
        stripe = stripe == null ? new Stripe(null, null) : stripe;
        iris = iris == null ? new Iris(null, null, null, null) : iris;
    }

    /** The configured commission in basis points (1 % = 100), rounded half up to a whole basis point. */
    public int commissionBasisPoints() {
        return commissionPercent.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
    }

    /** {@code secret-key} empty: Stripe transfers are unavailable (groups are paid by bank). {@code api-base} for tests. */
    public record Stripe(String secretKey, String apiBase) {

        public boolean configured() {
            return secretKey != null && !secretKey.isBlank();
        }
    }

    /**
     * Midtrans Iris: {@code api-base} (sandbox {@code https://app.sandbox.midtrans.com/iris}, production
     * {@code https://app.midtrans.com/iris}), the creator's and the approver's API keys and the merchant key that signs
     * Iris's notifications. Without a creator key Iris is unavailable (the demo uses {@code DemoIris}).
     */
    public record Iris(String apiBase, String creatorKey, String approverKey, String merchantKey) {

        public Iris {
            apiBase = apiBase == null || apiBase.isBlank() ? "https://app.sandbox.midtrans.com/iris" : apiBase.strip();
            creatorKey = creatorKey == null ? "" : creatorKey.strip();
            approverKey = approverKey == null ? "" : approverKey.strip();
            merchantKey = merchantKey == null ? "" : merchantKey.strip();
        }

        public boolean configured() {
            return !creatorKey.isEmpty() && !approverKey.isEmpty();
        }
    }
}
