package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_AVAILABLE;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_PAID_OUT;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_PAYOUT_IN_PROGRESS;

import id.go.bnn.pasarbersinar.payment.StripeTransferChanged;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore.Entry;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.payout.internal.StripeTransfers;
import id.go.bnn.pasarbersinar.payout.internal.StripeTransfers.TransferFailed;
import id.go.bnn.pasarbersinar.payout.internal.StripeTransfers.TransferState;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stripe payouts after the run: sending one again, asking Stripe about sent transfers (reconciling) and settling a
 * payout from Stripe's word on its transfer, whether asked for or told by a signed webhook. A confirmed transfer pays
 * its payout; a reversed one puts the money back into the group's available balance.
 */
@Service
public class TransferSettlement {

    private static final Logger log = LoggerFactory.getLogger(TransferSettlement.class);
    private static final Pattern PAYOUT_KEY = Pattern.compile("payout-([0-9]{1,18})");

    private final PayoutStore store;
    private final LedgerStore ledger;
    private final StripeTransfers stripe;
    private final TransferSending sending;
    private final PaidPayouts paidPayouts;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferSettlement(PayoutStore store, LedgerStore ledger, StripeTransfers stripe, TransferSending sending, PaidPayouts paidPayouts,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.stripe = stripe;
        this.sending = sending;
        this.paidPayouts = paidPayouts;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Sends (or, after a failure or a crash, sends again with the same key) a Stripe payout. */
    public PayoutStatus send(long payoutId) {
        Caller.current().requireAdmin("sending payouts");
        return sending.send(payoutId);
    }

    /** Asks Stripe about every SENT transfer: still there → PAID, reversed → FAILED. For the job and administrators. */
    public int reconcileSent() {
        Caller caller = Caller.current();
        caller.requireAdmin("reconciling payouts");
        int paid = 0;
        for (long id : store.idsWithStatus(PayoutMethod.STRIPE, PayoutStatus.SENT)) {
            if (reconcile(id) == PayoutStatus.PAID) {
                paid++;
            }
        }
        return paid;
    }

    /** Reconciles one SENT Stripe payout by retrieving its transfer through the SDK. */
    public PayoutStatus reconcile(long payoutId) {
        Caller caller = Caller.current();
        caller.requireAdmin("reconciling payouts");
        Payout payout = store.payout(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
        if (payout.method() != PayoutMethod.STRIPE || payout.status() != PayoutStatus.SENT) {
            throw new PayoutException("payout.error.state");
        }
        TransferState transfer;
        try {
            transfer = stripe.retrieve(payout.stripeTransferId());
        } catch (TransferFailed e) {
            log.warn("Could not reconcile payout {}: {}", payoutId, e.getMessage());
            return PayoutStatus.SENT;
        }
        return transactions.execute(status -> settleTransfer(payoutId, transfer.id(), transfer.amountRupiah(), transfer.reversed(), caller));
    }


    /**
     * Stripe's word on a transfer, from a signed webhook (the payment module receives it): a transfer that exists and
     * was not reversed pays its payout (SENT, or PENDING after a crash before we stored Stripe's answer, or FAILED after
     * an error although Stripe made it); a fully reversed one puts the money back into the group's available balance
     * (REVERSED). The payout is found by the transfer's id or its metadata (our idempotency key). Duplicated and late
     * events change nothing: a PAID payout is only ever reversed, a REVERSED one never changes again.
     */
    public Optional<PayoutStatus> transferChanged(StripeTransferChanged change) {
        Caller caller = Caller.current();
        caller.require(caller.system(), "Stripe transfer webhooks");
        Optional<Long> payoutId = store.idOfTransfer(change.transferId()).or(() -> Optional.ofNullable(change.payoutKey())
                .map(PAYOUT_KEY::matcher).filter(java.util.regex.Matcher::matches).map(m -> Long.parseLong(m.group(1))));
        if (payoutId.isEmpty()) {
            log.info("Stripe transfer {} ({}) is not one of our payouts", change.transferId(), change.eventType());
            return Optional.empty();
        }
        return Optional.ofNullable(transactions.execute(status -> {
            Payout payout = store.lock(payoutId.get()).orElse(null);
            if (payout == null || payout.method() != PayoutMethod.STRIPE
                    || (change.transferGroup() != null && !change.transferGroup().equals(payout.transferGroup()))) {
                log.warn("Stripe transfer {} names payout {}, which is not a Stripe payout of its run: ignored", change.transferId(), payoutId.get());
                return payout == null ? null : payout.status();
            }
            return settleTransfer(payout.id(), change.transferId(), change.amount().rupiah(), change.fullyReversed(), caller);
        }));
    }

    /** In a transaction: the payout's state from what Stripe says of its transfer (see {@link #transferChanged}). */
    private PayoutStatus settleTransfer(long payoutId, String transferId, long transferRupiah, boolean reversed, Caller caller) {
        Payout payout = store.lock(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
        if (payout.stripeTransferId() != null && !payout.stripeTransferId().equals(transferId)) {
            log.warn("Payout {} was sent as transfer {}, not {}: ignored", payoutId, payout.stripeTransferId(), transferId);
            return payout.status();
        }
        if (transferRupiah != payout.amount().rupiah()) {
            log.warn("Transfer {} of {} rupiah does not match payout {} of {}: ignored", transferId, transferRupiah, payoutId, payout.amount().rupiah());
            return payout.status();
        }
        Instant now = clock.instant();
        long amount = payout.amount().rupiah();
        if (reversed) {
            if (payout.status() == PayoutStatus.REVERSED) {
                return PayoutStatus.REVERSED;
            }
            // Stripe took the money back from the group's account: it is the group's available money again.
            LedgerAccount from = payout.status() == PayoutStatus.PAID ? GROUP_PAID_OUT : GROUP_PAYOUT_IN_PROGRESS;
            ledger.post("payout-reversed:" + payoutId, "reversal", "Payout " + payoutId + " reversed at Stripe", List.of(
                    Entry.of(from, payout.groupId(), -amount, "transfer reversed").forPayout(payoutId),
                    Entry.of(GROUP_AVAILABLE, payout.groupId(), amount, "transfer reversed").forPayout(payoutId)), now, caller.accountId());
            if (payout.stripeTransferId() == null) {
                store.markSent(payoutId, transferId, now);
            }
            store.markStatus(payoutId, PayoutStatus.REVERSED, "Transfer reversed at Stripe", now);
            events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "payout", Long.toString(payoutId), "stripe-reversed",
                    payout.status().name(), "REVERSED", now));
            return PayoutStatus.REVERSED;
        }
        if (payout.status() == PayoutStatus.REVERSED && !"Transfer reversed at Stripe".equals(payout.failure())) {
            // Staff gave the payout up (money back to available) but Stripe did make the transfer: finance must look.
            log.error("Stripe made transfer {} for payout {}, which staff reversed: the group may be paid twice; check with Stripe", transferId,
                    payoutId);
        }
        if (payout.status() == PayoutStatus.PAID || payout.status() == PayoutStatus.REVERSED) {
            return payout.status();
        }
        if (payout.status() != PayoutStatus.SENT) {
            store.markSent(payoutId, transferId, now);
        }
        paidPayouts.markPaid(payoutId, null, caller);
        return PayoutStatus.PAID;
    }
}
