package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.shared.Money;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * Takes no money: the shop's own page {@code /bayar/demo/{session}} stands in for the provider's, with buttons to pay,
 * fail or abandon. Its sessions live in the payment tables themselves, so a lookup reads what the page recorded.
 * Refunds settle at once. Chosen in the demo when no Stripe key is set, so the whole journey works on a fresh machine.
 */
class DemoPaymentProvider implements PaymentProvider {

    static final String NAME = "DEMO";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaymentStore store;

    DemoPaymentProvider(PaymentStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isDemo() {
        return true;
    }

    @Override
    public OpenedSession open(CheckoutRequest request, int attempt, String idempotencyKey, Instant expiresAt) {
        // The same attempt (a retry after a crash) gets its session again, as Stripe answers a repeated key.
        return store.byIdempotencyKey(request.orderNumber(), idempotencyKey)
                .filter(existing -> existing.sessionId() != null)
                .map(existing -> new OpenedSession(existing.sessionId(), existing.url()))
                .orElseGet(() -> {
                    String sessionId = "demo_" + random();
                    return new OpenedSession(sessionId, "/bayar/demo/" + sessionId);
                });
    }

    @Override
    public SessionState lookup(String sessionId) {
        return store.bySession(sessionId).map(attempt -> switch (attempt.status()) {
            case PAID -> new SessionState(Status.PAID, attempt.amount(), "demo_pay_" + sessionId);
            case FAILED -> SessionState.of(Status.FAILED);
            default -> SessionState.of(Status.OPEN);
        }).orElse(SessionState.of(Status.EXPIRED));
    }

    @Override
    public SessionState expire(String sessionId, String idempotencyKey) {
        SessionState state = lookup(sessionId);
        return state.status() == Status.OPEN ? SessionState.of(Status.EXPIRED) : state;
    }

    @Override
    public RefundState refund(String refundId, String orderNumber, String paymentReference, Money amount, String idempotencyKey) {
        return new RefundState("demo_re_" + refundId, RefundStatus.SUCCEEDED);
    }

    @Override
    public RefundState refundStatus(String providerRefundId) {
        return new RefundState(providerRefundId, RefundStatus.SUCCEEDED);
    }

    private static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
