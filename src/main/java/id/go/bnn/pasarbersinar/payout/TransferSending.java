package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.payout.internal.StripeTransfers;
import id.go.bnn.pasarbersinar.payout.internal.StripeTransfers.TransferFailed;
import id.go.bnn.pasarbersinar.payout.internal.StripeTransfers.TransferState;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one Stripe payout with our payout's id as idempotency key. Shared by the run, the administrator's send and
 * the retry; it checks no access itself because the weekly run sends as the shop, so its callers check.
 */
@Component
class TransferSending {

    private final PayoutStore store;
    private final StripeTransfers stripe;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TransferSending(PayoutStore store, StripeTransfers stripe, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.stripe = stripe;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether Stripe Connect payouts go to {@code DemoTransfers} (no STRIPE_SECRET_KEY): no real money moves. */
    boolean demo() {
        return stripe instanceof id.go.bnn.pasarbersinar.payout.internal.DemoTransfers;
    }

    PayoutStatus send(long payoutId) {
        Payout payout = store.payout(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
        if (payout.method() != PayoutMethod.STRIPE || (payout.status() != PayoutStatus.PENDING && payout.status() != PayoutStatus.FAILED)) {
            throw new PayoutException("payout.error.state");
        }
        String account = payout.destination().substring(payout.destination().indexOf(' ') + 1);
        try {
            TransferState transfer = stripe.transfer(account, payout.amount().rupiah(), payout.transferGroup(), payout.idempotencyKey(),
                    "Pasar Bersinar payout " + payout.id());
            transactions.executeWithoutResult(status -> store.markSent(payoutId, transfer.id(), clock.instant()));
            return PayoutStatus.SENT;
        } catch (TransferFailed e) {
            transactions.executeWithoutResult(status -> store.markStatus(payoutId, PayoutStatus.FAILED, e.getMessage(), clock.instant()));
            return PayoutStatus.FAILED;
        }
    }
}
