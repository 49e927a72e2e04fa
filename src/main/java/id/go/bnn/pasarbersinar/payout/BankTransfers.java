package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_AVAILABLE;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_PAYOUT_IN_PROGRESS;

import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore.Entry;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bank transfers are made by hand (administrators): one records the bank's reference and the proof, a second one
 * approves (four eyes), and only then the payout counts as paid; a transfer that did not arrive is rejected. A failed
 * payout, bank or Stripe, is retried or given up here too.
 */
@Service
public class BankTransfers {

    public static final int MAX_PROOF_BYTES = TransferProof.MAX_BYTES;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final PayoutStore store;
    private final LedgerStore ledger;
    private final TransferSending sending;
    private final PaidPayouts paidPayouts;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BankTransfers(PayoutStore store, LedgerStore ledger, TransferSending sending, PaidPayouts paidPayouts, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.sending = sending;
        this.paidPayouts = paidPayouts;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** An administrator made the bank transfer by hand: its reference and the proof (PDF, PNG, JPEG or WebP, at most 5 MB). */
    public void recordBankTransfer(long payoutId, String reference, String fileName, byte[] proof) {
        Caller caller = Caller.current();
        caller.requireAdmin("recording bank transfers");
        String cleanReference = reference == null ? "" : reference.strip();
        if (cleanReference.length() < 3 || cleanReference.length() > 80 || CONTROL.matcher(cleanReference).find()) {
            throw new PayoutException("payout.error.reference");
        }
        String contentType = TransferProof.typeOf(proof);
        String cleanName = fileName == null || fileName.isBlank() ? "bukti" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String storedName = cleanName.length() > 120 ? cleanName.substring(cleanName.length() - 120) : cleanName;
        transactions.executeWithoutResult(status -> {
            Payout payout = store.lock(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
            if (payout.method() != PayoutMethod.BANK || payout.status() != PayoutStatus.PENDING) {
                throw new PayoutException("payout.error.state");
            }
            Instant now = clock.instant();
            store.saveProof(payoutId, storedName, contentType, proof, now);
            store.markRecorded(payoutId, cleanReference, caller.accountId(), now);
            events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "payout", Long.toString(payoutId),
                    "record-bank-transfer", "PENDING", "SENT " + cleanReference, now));
        });
    }

    /** A second administrator confirms a recorded bank transfer; it counts as paid from now on and the group is mailed. */
    public void approve(long payoutId) {
        Caller caller = Caller.current();
        caller.requireAdmin("approving payouts");
        transactions.executeWithoutResult(status -> {
            Payout payout = store.lock(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
            if (payout.method() != PayoutMethod.BANK || payout.status() != PayoutStatus.SENT) {
                throw new PayoutException("payout.error.state");
            }
            if (!caller.isSecondPersonTo(payout.recordedBy())) {
                throw new PayoutException("payout.error.four-eyes");
            }
            paidPayouts.markPaid(payoutId, caller.accountId(), caller);
        });
    }

    /** A recorded bank transfer that did not arrive (or is wrong): FAILED, to be recorded again or reversed. */
    public void reject(long payoutId, String reason) {
        Caller caller = Caller.current();
        caller.requireAdmin("rejecting payouts");
        String cleanReason = reason == null || reason.isBlank() ? "-" : reason.strip();
        transactions.executeWithoutResult(status -> {
            Payout payout = store.lock(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
            if (payout.method() != PayoutMethod.BANK || payout.status() != PayoutStatus.SENT) {
                throw new PayoutException("payout.error.state");
            }
            store.markStatus(payoutId, PayoutStatus.FAILED, cleanReason, clock.instant());
            events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "payout", Long.toString(payoutId), "reject", "SENT",
                    "FAILED", clock.instant()));
        });
    }

    /** A failed payout again: a Stripe transfer is sent again with the same key; a bank transfer is pending again. */
    public PayoutStatus retry(long payoutId) {
        Caller caller = Caller.current();
        caller.requireAdmin("retrying payouts");
        Payout payout = store.payout(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
        if (payout.status() != PayoutStatus.FAILED && !(payout.method() == PayoutMethod.STRIPE && payout.status() == PayoutStatus.PENDING)) {
            throw new PayoutException("payout.error.state");
        }
        if (payout.method() == PayoutMethod.STRIPE) {
            return sending.send(payoutId);
        }
        transactions.executeWithoutResult(status -> store.markStatus(payoutId, PayoutStatus.PENDING, null, clock.instant()));
        return PayoutStatus.PENDING;
    }

    /** A failed payout given up: its money goes back to the group's available balance (a new ledger transaction). */
    public void reverse(long payoutId) {
        Caller caller = Caller.current();
        caller.requireAdmin("reversing payouts");
        transactions.executeWithoutResult(status -> {
            Payout payout = store.lock(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
            if (payout.status() != PayoutStatus.FAILED) {
                throw new PayoutException("payout.error.state");
            }
            Instant now = clock.instant();
            long amount = payout.amount().rupiah();
            ledger.post("payout-reversed:" + payoutId, "reversal", "Payout " + payoutId + " reversed", List.of(
                    Entry.of(GROUP_PAYOUT_IN_PROGRESS, payout.groupId(), -amount, "payout reversed").forPayout(payoutId),
                    Entry.of(GROUP_AVAILABLE, payout.groupId(), amount, "payout reversed").forPayout(payoutId)), now, caller.accountId());
            store.markStatus(payoutId, PayoutStatus.REVERSED, payout.failure(), now);
            events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "payout", Long.toString(payoutId), "reverse", "FAILED",
                    "REVERSED", now));
        });
    }
}
