package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/**
 * A shop without a Stripe key and without the demo switch: no provider takes the money, and the demo provider is never
 * offered in its place, so checkout says that payment is unavailable. Every call is refused as "could not be reached",
 * so nothing is decided from it and a key set later takes over.
 */
class NoPaymentProvider implements PaymentProvider {

    static final String NAME = "NONE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isDemo() {
        return false;
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public OpenedSession open(CheckoutRequest request, int attempt, String idempotencyKey, Instant expiresAt) {
        throw unavailable();
    }

    @Override
    public SessionState lookup(String sessionId) {
        throw unavailable();
    }

    @Override
    public SessionState expire(String sessionId, String idempotencyKey) {
        throw unavailable();
    }

    @Override
    public RefundState refund(String refundId, String orderNumber, String paymentReference, Money amount, String idempotencyKey) {
        throw unavailable();
    }

    @Override
    public RefundState refundStatus(String providerRefundId) {
        throw unavailable();
    }

    private static PaymentProviderException unavailable() {
        return new PaymentProviderException("No payment provider: set STRIPE_SECRET_KEY", false, null);
    }
}
