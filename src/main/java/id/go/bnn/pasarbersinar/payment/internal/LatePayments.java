package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.OwedRefund;
import id.go.bnn.pasarbersinar.payment.OwedRefunds;
import id.go.bnn.pasarbersinar.payment.internal.LateStore.LatePayment;
import id.go.bnn.pasarbersinar.payment.internal.LateStore.LateStatus;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.RefundState;
import id.go.bnn.pasarbersinar.payment.internal.PaymentProvider.RefundStatus;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives back payments that came after their order had given up: through Midtrans's refund API where the method allows
 * it (the whole amount, refund key {@code late-<session>}, so a retry never refunds twice); a virtual account becomes
 * a refund owed to the buyer ({@link OwedRefunds}); any other provider's late payment is left for staff (FOR_STAFF,
 * logged as an error). The provider is called outside any transaction; a provider that cannot be reached leaves the
 * payment waiting for the next run.
 */
@Component
public class LatePayments {

    private static final Logger log = LoggerFactory.getLogger(LatePayments.class);

    private final LateStore late;
    private final OwedRefundStore owed;
    private final PaymentProviders providers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LatePayments(LateStore late, OwedRefundStore owed, PaymentProviders providers, TransactionTemplate transactions, Clock clock) {
        this.late = late;
        this.owed = owed;
        this.providers = providers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT2M")
    @SchedulerLock(name = "payment-late-payments")
    public void settleWaiting() {
        for (LatePayment payment : late.waiting(50)) {
            try {
                settle(payment);
            } catch (RuntimeException e) {
                log.error("Late payment {} of order {} could not be given back now; it will be retried", payment.sessionId(), payment.orderNumber(), e);
            }
        }
    }

    private void settle(LatePayment payment) {
        String refundId = OwedRefunds.LATE_PREFIX + payment.sessionId();
        if (!MidtransPaymentProvider.NAME.equals(payment.provider())) {
            late.mark(payment.sessionId(), LateStatus.NEW, LateStatus.FOR_STAFF, "refund it at " + payment.provider(), clock.instant());
            return;
        }
        if (!MidtransPaymentProvider.refundsThroughApi(payment.paymentType())) {
            transactions.executeWithoutResult(status -> {
                if (late.mark(payment.sessionId(), LateStatus.NEW, LateStatus.OWED, "owed to the buyer (virtual account)", clock.instant())) {
                    owed.open(refundId, OwedRefund.Kind.LATE, payment.orderNumber(), payment.amount(), clock.instant());
                }
            });
            log.warn("Late payment {} of order {} ({}) by virtual account: owed to the buyer", payment.sessionId(), payment.orderNumber(), payment.amount());
            return;
        }
        RefundState state;
        try {
            state = providers.named(payment.provider()).refund(refundId, payment.orderNumber(), payment.paymentReference(), payment.amount(), refundId);
        } catch (PaymentProviderException e) {
            if (e.definitive()) {
                late.mark(payment.sessionId(), LateStatus.NEW, LateStatus.FOR_STAFF, "refund refused: " + e.getMessage(), clock.instant());
                log.error("Late payment {} of order {}: Midtrans refused the refund; staff must give it back", payment.sessionId(), payment.orderNumber(), e);
                return;
            }
            throw e;
        }
        if (state.status() != RefundStatus.FAILED) {
            late.mark(payment.sessionId(), LateStatus.NEW, LateStatus.REFUNDED, "refunded " + state.providerRefundId(), clock.instant());
            log.warn("Late payment {} of order {} ({}) refunded through Midtrans", payment.sessionId(), payment.orderNumber(), payment.amount());
        } else {
            late.mark(payment.sessionId(), LateStatus.NEW, LateStatus.FOR_STAFF, "refund failed " + state.providerRefundId(), clock.instant());
        }
    }
}
