package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.internal.MidtransNotificationStore.Notification;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.SessionState;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.Status;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Attempt;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes stored Midtrans notifications, each once. The body is never trusted for the outcome (only its signed
 * {@code order_id} is used): Midtrans is asked for the transaction's status, outside any transaction, and that answer
 * goes through {@link PaymentOutcomes} in the same transaction that marks the notification processed. So a duplicated
 * notification, or a stale "pending" arriving after the "settlement", changes nothing twice; a payment after our own
 * expiry is recorded as late and given back ({@link LatePayments}). A notification that cannot be processed now (Midtrans
 * unreachable) stays stored and is retried every minute.
 */
@Component
class MidtransNotifications {

    private static final Logger log = LoggerFactory.getLogger(MidtransNotifications.class);

    private final MidtransNotificationStore notifications;
    private final PaymentStore store;
    private final PaymentOutcomes outcomes;
    private final PaymentProviders providers;
    private final LatePayments late;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MidtransNotifications(MidtransNotificationStore notifications, PaymentStore store, PaymentOutcomes outcomes, PaymentProviders providers,
            LatePayments late, TransactionTemplate transactions, Clock clock) {
        this.notifications = notifications;
        this.store = store;
        this.outcomes = outcomes;
        this.providers = providers;
        this.late = late;
        this.transactions = transactions;
        this.clock = clock;
    }

    void process(String key) {
        Optional<Notification> notification = notifications.unprocessed(key);
        if (notification.isEmpty()) {
            return;
        }
        String orderId = notification.get().orderId();
        Optional<Attempt> attempt = store.bySession(orderId).or(() -> adopt(orderId));
        if (attempt.isEmpty() || !MidtransPaymentProvider.NAME.equals(attempt.get().provider())) {
            log.warn("Midtrans notification about {}, which is no Midtrans payment of ours: acknowledged, nothing changed", orderId);
            notifications.markProcessed(key, "unknown order_id " + orderId, clock.instant());
            return;
        }
        SessionState state = providers.named(MidtransPaymentProvider.NAME).lookup(orderId);
        transactions.executeWithoutResult(status -> {
            if (notifications.markProcessed(key, "order_id " + orderId + " " + state.status(), clock.instant())) {
                outcomes.apply(attempt.get(), state);
            }
        });
        if (state.status() == Status.PAID) {
            late.settleWaiting();
        }
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "payment-midtrans-retry")
    void retryUnprocessed() {
        for (String key : notifications.unprocessedKeys(clock.instant().minus(Duration.ofMinutes(1)), 100)) {
            try {
                process(key);
            } catch (RuntimeException e) {
                log.error("Midtrans notification {} still cannot be processed", key, e);
            }
        }
    }

    /**
     * A transaction created just before a crash (Midtrans answered, our commit did not happen): its {@code order_id}
     * names our order and attempt, and the attempt takes it as its session.
     */
    private Optional<Attempt> adopt(String orderId) {
        int dash = orderId.lastIndexOf('-');
        if (dash <= 0 || dash == orderId.length() - 1) {
            return Optional.empty();
        }
        String orderNumber = orderId.substring(0, dash);
        String attempt = orderId.substring(dash + 1);
        return store.byIdempotencyKey(orderNumber, "checkout-" + orderNumber + "-" + attempt)
                .filter(found -> found.sessionId() == null && MidtransPaymentProvider.NAME.equals(found.provider()))
                .flatMap(found -> {
                    store.adoptSession(found.id(), orderId, clock.instant());
                    return store.bySession(orderId);
                });
    }
}
