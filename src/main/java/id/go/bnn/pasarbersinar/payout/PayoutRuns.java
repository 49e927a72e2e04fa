package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_AVAILABLE;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_PAID_OUT;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_PAYOUT_IN_PROGRESS;

import id.go.bnn.pasarbersinar.payment.StripeTransferChanged;
import id.go.bnn.pasarbersinar.payout.internal.GroupMail;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore.Entry;
import id.go.bnn.pasarbersinar.payout.internal.PayoutProperties;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore.Proof;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore.RunRow;
import id.go.bnn.pasarbersinar.payout.internal.ReleaseJob;
import id.go.bnn.pasarbersinar.payout.internal.StripeTransfers;
import id.go.bnn.pasarbersinar.payout.internal.StripeTransfers.TransferFailed;
import id.go.bnn.pasarbersinar.payout.internal.StripeTransfers.TransferState;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payout runs (administrators): each group with a destination gets its available balance when it reaches the minimum
 * ({@code pasar.payout.minimum}). The run sets the money aside in one database transaction (available → payout in
 * progress), aggregated by the database, then sends the Stripe transfers one by one, each with our payout's id as
 * idempotency key. Bank transfers are made by hand: an administrator records the bank's reference and the proof, a
 * second one approves (four eyes), and only then the payout counts as paid.
 */
@Service
public class PayoutRuns {

    private static final Logger log = LoggerFactory.getLogger(PayoutRuns.class);
    public static final int MAX_PROOF_BYTES = TransferProof.MAX_BYTES;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final PayoutStore store;
    private final LedgerStore ledger;
    private final ReleaseJob release;
    private final StripeTransfers stripe;
    private final GroupMail mail;
    private final PayoutProperties properties;
    private final LockProvider locks;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PayoutRuns(PayoutStore store, LedgerStore ledger, ReleaseJob release, StripeTransfers stripe, GroupMail mail, PayoutProperties properties,
            LockProvider locks, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.release = release;
        this.stripe = stripe;
        this.mail = mail;
        this.properties = properties;
        this.locks = locks;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** What a run did. */
    public record RunSummary(long runId, int payouts, Money total, int stripeSent, int stripeFailed) {
    }

    public record Run(long id, Instant startedAt, Long startedBy, Money minimum, boolean scheduled, int payouts, Money total) {
    }

    /** Whether Stripe Connect payouts go to {@code DemoTransfers} (no STRIPE_SECRET_KEY): no real money moves. */
    public boolean demoTransfers() {
        return stripe instanceof id.go.bnn.pasarbersinar.payout.internal.DemoTransfers;
    }

    public Money minimum() {
        return Money.rupiah(properties.minimum());
    }

    /** Starts a run now. Only one run at a time across all app nodes (a ShedLock lock in the database). */
    public RunSummary run() {
        Caller caller = Caller.current();
        caller.requireAdmin("payout runs");
        return runLocked(false, caller);
    }

    /** The weekly run of the schedule (the shop itself). */
    public RunSummary runScheduled() {
        Caller caller = Caller.current();
        caller.require(caller.system(), "scheduled payout runs");
        return runLocked(true, caller);
    }

    private RunSummary runLocked(boolean scheduled, Caller caller) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), "payout-run", Duration.ofHours(1), Duration.ZERO));
        if (lock.isEmpty()) {
            throw new PayoutException("payout.error.run-busy");
        }
        try {
            release.releaseAllDue();
            long runId = transactions.execute(status -> createRun(scheduled, caller));
            int sent = 0;
            int failed = 0;
            for (long payoutId : store.idsOf(runId, PayoutMethod.STRIPE)) {
                try {
                    if (sendTransfer(payoutId) == PayoutStatus.SENT) {
                        sent++;
                    } else {
                        failed++;
                    }
                } catch (RuntimeException e) {
                    // The payout stays PENDING; sending it again uses the same idempotency key.
                    log.error("Payout {} could not be sent; it stays pending", payoutId, e);
                    failed++;
                }
            }
            RunRow row = store.runs(50).stream().filter(r -> r.id() == runId).findFirst().orElseThrow();
            // Published inside a transaction: the audit log's listener runs after a commit, and a publication made
            // outside one would stay incomplete in the registry with the run missing from the log.
            transactions.executeWithoutResult(status -> events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null,
                    "payout-run", Long.toString(runId), scheduled ? "scheduled-run" : "run", "-",
                    row.payouts() + " payouts, " + Money.rupiah(row.total()).format(), clock.instant())));
            return new RunSummary(runId, row.payouts(), Money.rupiah(row.total()), sent, failed);
        } finally {
            lock.get().unlock();
        }
    }

    private long createRun(boolean scheduled, Caller caller) {
        Instant now = clock.instant();
        long runId = store.createRun(properties.minimum(), scheduled, caller.accountId(), now);
        int payouts = store.createPayouts(runId, properties.minimum(), now);
        if (payouts > 0) {
            ledger.postRun("run:" + runId, runId, "Payout run " + runId, now, caller.accountId());
        }
        store.closeRun(runId);
        return runId;
    }

    /** Sends (or, after a failure or a crash, sends again with the same key) a Stripe payout. */
    public PayoutStatus send(long payoutId) {
        Caller.current().requireAdmin("sending payouts");
        return sendTransfer(payoutId);
    }

    private PayoutStatus sendTransfer(long payoutId) {
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

    private static final Pattern PAYOUT_KEY = Pattern.compile("payout-([0-9]{1,18})");

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
        markPaid(payoutId, null, caller);
        return PayoutStatus.PAID;
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
            if (payout.recordedBy() == null || caller.accountId() == null || payout.recordedBy().equals(caller.accountId())) {
                throw new PayoutException("payout.error.four-eyes");
            }
            markPaid(payoutId, caller.accountId(), caller);
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
            return sendTransfer(payoutId);
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

    private void markPaid(long payoutId, Long approver, Caller caller) {
        Payout payout = store.lock(payoutId).orElseThrow();
        Instant now = clock.instant();
        long amount = payout.amount().rupiah();
        ledger.post("payout-paid:" + payoutId, "payout-paid", "Payout " + payoutId + " paid", List.of(
                Entry.of(GROUP_PAYOUT_IN_PROGRESS, payout.groupId(), -amount, "payout paid").forPayout(payoutId),
                Entry.of(GROUP_PAID_OUT, payout.groupId(), amount, "payout paid").forPayout(payoutId)), now, caller.accountId());
        store.markApproved(payoutId, approver, now);
        events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "payout", Long.toString(payoutId),
                approver == null ? "reconcile" : "approve", payout.status().name(), "PAID", now));
        String reference = payout.method() == PayoutMethod.STRIPE ? payout.stripeTransferId() : payout.bankReference();
        mail.send(payout.groupId(), "payout.mail.paid.subject", "payout.mail.paid.body", payout.amount().format(), reference == null ? "-" : reference);
    }

    /** Recent payouts for the finance page: open ones first. */
    public List<Payout> recent(int limit) {
        Caller.current().requireAdmin("payouts");
        return store.recent(limit);
    }

    public List<Run> runs(int limit) {
        Caller.current().requireAdmin("payout runs");
        return store.runs(limit).stream().map(r -> new Run(r.id(), r.startedAt(), r.startedBy(), Money.rupiah(r.minimum()), r.scheduled(),
                r.payouts(), Money.rupiah(r.total()))).toList();
    }

    public List<Payout> payoutsOfRun(long runId) {
        Caller.current().requireAdmin("payouts");
        return store.payoutsOfRun(runId);
    }

    public Optional<Payout> find(long payoutId) {
        Caller.current().requireAdmin("payouts");
        return store.payout(payoutId);
    }

    /** The proof of a bank transfer: administrators, or the group it paid. */
    public record ProofFile(String fileName, String contentType, byte[] data) {
    }

    public Optional<ProofFile> proof(long payoutId) {
        Caller caller = Caller.current();
        Optional<Payout> payout = store.payout(payoutId);
        caller.require(caller.isAdmin() || payout.map(p -> caller.actsFor(p.groupId())).orElse(false), "proof of payout " + payoutId);
        return store.proof(payoutId).map((Proof proof) -> new ProofFile(proof.fileName(), proof.contentType(), proof.data()));
    }
}
