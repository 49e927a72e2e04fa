package id.go.bnn.pasarbersinar.payment.internal;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import id.go.bnn.pasarbersinar.payment.StripeTransferChanged;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.RefundState;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.RefundStatus;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.SessionState;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.Status;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Attempt;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.SessionStatus;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processes stored Stripe events, each once (marking it processed is a conditional UPDATE in the same transaction as
 * its effects). Sessions: completed and paid, or a delayed payment succeeded → paid; a delayed payment failed →
 * failed; expired → failed. Refunds: the refund's final status settles it. Every outcome goes through
 * {@link PaymentOutcomes}, so duplicated, reordered or late events (an expiry after the payment) change nothing twice.
 * An event about a session or refund we do not know is acknowledged, logged and changes nothing.
 */
@Component
class StripeWebhookEvents {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookEvents.class);

    private final PaymentStore store;
    private final PaymentOutcomes outcomes;
    private final PaymentProvider provider;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    StripeWebhookEvents(PaymentStore store, PaymentOutcomes outcomes, PaymentProvider provider, ApplicationEventPublisher publisher, Clock clock) {
        this.store = store;
        this.outcomes = outcomes;
        this.provider = provider;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Processes a stored event unless it was processed already. */
    @Transactional
    public void process(String eventId) {
        Optional<String> payload = store.unprocessedPayload(eventId);
        if (payload.isEmpty()) {
            return;
        }
        // The signature was checked when the event was stored.
        Event event = Webhook.constructEventWithoutVerification(payload.get());
        String note = switch (event.getType()) {
            case "checkout.session.completed" -> session(event, session -> "paid".equals(session.getPaymentStatus())
                    || "no_payment_required".equals(session.getPaymentStatus()) ? StripePaymentProvider.state(session) : SessionState.of(Status.PENDING));
            case "checkout.session.async_payment_succeeded" -> session(event, session ->
                    new SessionState(Status.PAID, StripePaymentProvider.fromMinorUnits(session.getAmountTotal()), session.getPaymentIntent()));
            case "checkout.session.async_payment_failed" -> session(event, session -> SessionState.of(Status.FAILED));
            case "checkout.session.expired" -> session(event, session -> SessionState.of(Status.EXPIRED));
            case "refund.created", "refund.updated", "refund.failed" -> refund((Refund) object(event));
            case "charge.refunded" -> chargeRefunded((Charge) object(event));
            case "transfer.created", "transfer.updated", "transfer.reversed" -> transfer(event, (Transfer) object(event));
            default -> "ignored";
        };
        if (note.startsWith("unknown")) {
            log.warn("Stripe event {} ({}): {}", event.getId(), event.getType(), note);
        }
        store.markProcessed(eventId, note, clock.instant());
    }

    /** Events whose processing failed (or whose node stopped) are processed again. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "payment-webhook-retry")
    void retryUnprocessed() {
        for (String eventId : store.unprocessedEvents(clock.instant().minus(Duration.ofMinutes(1)), 100)) {
            try {
                process(eventId);
            } catch (RuntimeException e) {
                log.error("Stripe event {} still cannot be processed", eventId, e);
            }
        }
    }

    private String session(Event event, java.util.function.Function<Session, SessionState> stateOf) {
        Session session = (Session) object(event);
        Optional<Attempt> attempt = store.bySession(session.getId()).or(() -> adopt(session));
        if (attempt.isEmpty()) {
            return "unknown session " + session.getId();
        }
        outcomes.apply(attempt.get(), stateOf.apply(session));
        return "session " + session.getId() + " of " + attempt.get().orderNumber();
    }

    /** A session created just before a crash (our row still CREATING) is recognised by its metadata. */
    private Optional<Attempt> adopt(Session session) {
        Map<String, String> metadata = session.getMetadata() == null ? Map.of() : session.getMetadata();
        String orderNumber = metadata.get("order_number");
        String attempt = metadata.get("attempt");
        if (orderNumber == null || attempt == null) {
            return Optional.empty();
        }
        return store.byIdempotencyKey(orderNumber, "checkout-" + orderNumber + "-" + attempt)
                .filter(found -> found.status() == SessionStatus.CREATING)
                .map(found -> {
                    store.opened(found.id(), session.getId(), session.getUrl(), clock.instant());
                    return store.bySession(session.getId()).orElseThrow();
                });
    }

    private String refund(Refund refund) {
        Map<String, String> metadata = refund.getMetadata() == null ? Map.of() : refund.getMetadata();
        Optional<PaymentStore.Refund> ours = store.refundByProviderId(refund.getId())
                .or(() -> Optional.ofNullable(metadata.get("refund_id")).flatMap(store::refund));
        if (ours.isEmpty()) {
            return "unknown refund " + refund.getId();
        }
        store.refundSent(ours.get().refundId(), refund.getId());
        settle(ours.get(), StripePaymentProvider.refundState(refund));
        return "refund " + refund.getId() + " " + refund.getStatus();
    }

    /**
     * A Connect transfer (a payout to a group) changed: handed to the payout module as {@link StripeTransferChanged}, in
     * this transaction, so it is published exactly when the event is marked processed.
     */
    private String transfer(Event event, Transfer transfer) {
        Map<String, String> metadata = transfer.getMetadata() == null ? Map.of() : transfer.getMetadata();
        Money amount = transfer.getAmount() == null ? Money.rupiah(0) : StripePaymentProvider.fromMinorUnits(transfer.getAmount());
        Money reversed = transfer.getAmountReversed() == null ? Money.rupiah(0) : StripePaymentProvider.fromMinorUnits(transfer.getAmountReversed());
        java.time.Instant at = event.getCreated() == null ? clock.instant() : java.time.Instant.ofEpochSecond(event.getCreated());
        publisher.publishEvent(new StripeTransferChanged(event.getId(), event.getType(), transfer.getId(), transfer.getTransferGroup(),
                metadata.get("payout"), amount, reversed, Boolean.TRUE.equals(transfer.getReversed()), at));
        return "transfer " + transfer.getId() + (Boolean.TRUE.equals(transfer.getReversed()) ? " reversed" : "");
    }

    private String chargeRefunded(Charge charge) {
        if (charge.getRefunds() != null && charge.getRefunds().getData() != null && !charge.getRefunds().getData().isEmpty()) {
            StringBuilder note = new StringBuilder("charge " + charge.getId());
            for (Refund refund : charge.getRefunds().getData()) {
                note.append("; ").append(refund(refund));
            }
            return note.toString();
        }
        // Newer API versions leave the charge's refunds out: ask Stripe about our pending refunds of this payment.
        Optional<PaymentStore.Payment> payment = store.paymentByReference(charge.getPaymentIntent());
        if (payment.isEmpty()) {
            return "unknown charge " + charge.getId();
        }
        for (PaymentStore.Refund pending : store.pendingRefunds(payment.get().orderNumber())) {
            if (pending.providerRefundId() != null) {
                settle(pending, provider.refundStatus(pending.providerRefundId()));
            }
        }
        return "charge " + charge.getId() + " of " + payment.get().orderNumber();
    }

    private void settle(PaymentStore.Refund refund, RefundState state) {
        if (state.status() != RefundStatus.PENDING) {
            outcomes.refundSettled(refund, state.status() == RefundStatus.SUCCEEDED);
        }
    }

    private static StripeObject object(Event event) {
        EventDataObjectDeserializer data = event.getDataObjectDeserializer();
        // An event of another API version than the SDK's is read all the same: we use only long-stable fields.
        return data.getObject().orElseGet(() -> {
            try {
                return data.deserializeUnsafe();
            } catch (EventDataObjectDeserializationException e) {
                throw new IllegalStateException("Stripe event " + event.getId() + " cannot be read", e);
            }
        });
    }
}
