package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.PaymentFailed;
import id.go.bnn.pasarbersinar.payment.PaymentFeeCharged;
import id.go.bnn.pasarbersinar.payment.PaymentSucceeded;
import id.go.bnn.pasarbersinar.payment.QrisChargePaid;
import id.go.bnn.pasarbersinar.payment.QrisCharges;
import id.go.bnn.pasarbersinar.payment.RefundRequest;
import id.go.bnn.pasarbersinar.payment.RefundSettled;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.SessionState;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Attempt;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Outcome;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Refund;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.SessionStatus;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what a provider says about a session or a refund into the module's events, once: the order's outcome is set
 * by one conditional UPDATE and the event is published in the same transaction (kept in the event publication
 * registry), so the webhook, the return page's lookup, the expiry job and the demo page may all report the same
 * outcome, in any order, and the order hears it once. Late news that contradicts a decided outcome changes nothing
 * and is logged.
 */
@Component
public class PaymentOutcomes {

    private static final Logger log = LoggerFactory.getLogger(PaymentOutcomes.class);

    private final PaymentStore store;
    private final ApplicationEventPublisher events;
    private final LateStore late;
    private final Clock clock;

    PaymentOutcomes(PaymentStore store, LateStore late, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.late = late;
        this.events = events;
        this.clock = clock;
    }

    /** Applies the provider's view of a session: paid, failed and expired are final, open and pending change nothing. */
    @Transactional
    public void apply(Attempt attempt, SessionState state) {
        switch (state.status()) {
            case PAID -> succeeded(attempt, state);
            case FAILED -> failed(attempt, "failed");
            case EXPIRED -> failed(attempt, "expired");
            case OPEN, PENDING -> {
                // Nothing final yet: the webhook (or the next lookup) will tell.
            }
        }
    }

    /** The session was paid; true when this call decided the order (and published {@link PaymentSucceeded}). */
    @Transactional
    public boolean succeeded(Attempt attempt, Money amount, String paymentReference) {
        return succeeded(attempt, new SessionState(PaymentProvider.Status.PAID, amount, paymentReference));
    }

    /**
     * The session was paid, with how and at what fee: the payment row keeps its provider, type and fee, and a fee
     * is published as {@link PaymentFeeCharged} with the payment. A payment after the order gave up is recorded as
     * late ({@link LatePayments}), to be given back: never lost.
     */
    @Transactional
    public boolean succeeded(Attempt attempt, SessionState state) {
        Money amount = state.amount() == null ? attempt.amount() : state.amount();
        String paymentReference = state.paymentReference();
        Instant now = clock.instant();
        if (!amount.equals(attempt.amount())) {
            log.error("Session {} of order {} was paid {} but the order is {}", attempt.sessionId(), attempt.orderNumber(), amount, attempt.amount());
        }
        if (store.decide(attempt.orderNumber(), Outcome.PAID, attempt.sessionId(), paymentReference, null, now)) {
            store.sessionStatus(attempt.id(), SessionStatus.PAID, now);
            store.recordSettlement(attempt.orderNumber(), new PaymentStore.Settlement(attempt.provider(), state.paymentType(), state.fee()));
            // A booth's QRIS charge is no order: the exhibition module hears it as QrisChargePaid, the order module not at all.
            events.publishEvent(QrisCharges.isCharge(attempt.orderNumber())
                    ? new QrisChargePaid(QrisCharges.saleKeyOf(attempt.orderNumber()), amount, paymentReference, now)
                    : new PaymentSucceeded(attempt.orderNumber(), attempt.sessionId(), amount, now));
            if (state.fee() != null && state.fee().rupiah() > 0) {
                events.publishEvent(new PaymentFeeCharged(attempt.orderNumber(), attempt.provider(), state.paymentType(), state.fee(), now));
            }
            log.info("Order {} paid ({}) in session {}", attempt.orderNumber(), amount, attempt.sessionId());
            return true;
        }
        store.payment(attempt.orderNumber()).filter(p -> p.outcome() == Outcome.FAILED).ifPresent(failed -> {
            // The buyer paid after the order had given up (a race at the very end of the reservation). The money
            // is real: recorded as late, to be given back (LatePayments), and logged as an error so it is seen.
            log.error("Session {} of order {} was paid ({}, {}) after the payment had failed: refund it at the provider",
                    attempt.sessionId(), attempt.orderNumber(), amount, paymentReference);
            late.record(attempt, amount, paymentReference, state.paymentType(), now);
        });
        return false;
    }

    /** The session failed, expired or was abandoned; true when this call decided the order (and published {@link PaymentFailed}). */
    @Transactional
    public boolean failed(Attempt attempt, String reason) {
        Instant now = clock.instant();
        if (store.decide(attempt.orderNumber(), Outcome.FAILED, attempt.sessionId(), null, reason, now)) {
            store.sessionStatus(attempt.id(), SessionStatus.FAILED, now);
            if (!QrisCharges.isCharge(attempt.orderNumber())) {
                events.publishEvent(new PaymentFailed(attempt.orderNumber(), attempt.sessionId(), reason, now));
            }
            log.info("Payment of order {} {} (session {})", attempt.orderNumber(), reason, attempt.sessionId());
            return true;
        }
        return false;
    }

    /**
     * Records a refund request and decides it against the order's payment, holding the payment's row: two refunds of
     * one order asked at the same moment are decided one after the other, so together they never exceed the payment
     * and neither is refused for the other's sake when both fit. A refund over the limit is settled as failed here,
     * in the same transaction, so that it never counts against the next one. Empty when the refund was decided
     * before (asked again with the same id).
     */
    @Transactional
    public Optional<Admission> admitRefund(RefundRequest request, Money paid) {
        store.lockPayment(request.orderNumber());
        Refund refund = store.beginRefund(request, clock.instant());
        if (!"PENDING".equals(refund.status())) {
            return Optional.empty();
        }
        boolean fits = store.refundedBesides(request.orderNumber(), request.refundId()).plus(request.amount()).compareTo(paid) <= 0;
        if (!fits) {
            refundSettled(refund, false);
        }
        return Optional.of(new Admission(refund, fits));
    }

    /** A recorded refund request and whether it fits in what is left of the payment. */
    public record Admission(Refund refund, boolean fits) {
    }

    /** The provider's final word on a refund; published as {@link RefundSettled} once. */
    @Transactional
    public boolean refundSettled(Refund refund, boolean succeeded) {
        Instant now = clock.instant();
        if (store.settleRefund(refund.refundId(), succeeded, now)) {
            events.publishEvent(new RefundSettled(refund.refundId(), refund.orderNumber(), refund.amount(), succeeded, now));
            log.info("Refund {} of order {} ({}) {}", refund.refundId(), refund.orderNumber(), refund.amount(), succeeded ? "succeeded" : "failed");
            return true;
        }
        return false;
    }
}
