package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/**
 * The port to whoever takes the money: Stripe (cards), Midtrans (QRIS, e-wallets, virtual accounts), or the demo
 * provider in the demo when neither is configured; {@link PaymentProviders} routes by method. Every call that
 * changes something at the provider carries an idempotency key derived from our own ids, so repeating a call (after
 * a crash, a timeout or a double click) never creates a second session or refund.
 */
public interface PaymentProvider {

    /** Short name kept with each session (STRIPE, MIDTRANS, DEMO). */
    String name();

    boolean isDemo();

    /** False when no provider is configured at all: checkout is refused before anything is recorded. */
    default boolean available() {
        return true;
    }

    /** When a session asked to close at {@code requested} will really close (a provider may have limits). */
    default Instant payableUntil(Instant requested, Instant now) {
        return requested;
    }

    /** Opens a payment page for the order; the same key and request give the same session. */
    OpenedSession open(CheckoutRequest request, int attempt, String idempotencyKey, Instant expiresAt);

    /**
     * Opens a QRIS charge of a booth sale ({@link id.go.bnn.pasarbersinar.payment.QrisCharges}): the buyer scans a QR
     * code on the seller's phone instead of visiting a page. The answer's {@code url} is the QR payload where the
     * provider gives one (Midtrans's core API charge); by default the provider's page for the method (the demo page,
     * whose QR code is the demo payload and which a second phone may open to "pay").
     */
    default OpenedSession openQris(CheckoutRequest request, int attempt, String idempotencyKey, Instant expiresAt) {
        return open(request, attempt, idempotencyKey, expiresAt);
    }

    /** Asks the provider how the session stands (the browser is never trusted). */
    SessionState lookup(String sessionId);

    /** Closes an open session so it can no longer be paid; answers how it stands afterwards (it may have been paid). */
    SessionState expire(String sessionId, String idempotencyKey);

    /** Gives money back for a paid session; {@code idempotencyKey} comes from the caller's refund id. */
    RefundState refund(String refundId, String orderNumber, String paymentReference, Money amount, String idempotencyKey);

    /** How a refund stands at the provider (asked when its webhook names only the charge). */
    RefundState refundStatus(String providerRefundId);

    record OpenedSession(String sessionId, String url) {
    }

    enum Status {
        /** Still payable. */
        OPEN,
        /** Completed by the buyer, money not yet confirmed (a delayed payment method). */
        PENDING,
        PAID,
        FAILED,
        EXPIRED
    }

    /**
     * {@code paymentType} is how the buyer paid as the provider names it (Midtrans's {@code payment_type}; null when
     * it does not say), {@code fee} the provider's cost of the payment for the platform (null: none known).
     */
    record SessionState(Status status, Money amount, String paymentReference, String paymentType, Money fee) {

        public SessionState(Status status, Money amount, String paymentReference) {
            this(status, amount, paymentReference, null, null);
        }

        public static SessionState of(Status status) {
            return new SessionState(status, null, null);
        }
    }

    record RefundState(String providerRefundId, RefundStatus status) {
    }

    enum RefundStatus { PENDING, SUCCEEDED, FAILED }
}
