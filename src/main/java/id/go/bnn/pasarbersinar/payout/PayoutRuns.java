package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.payout.internal.PayoutProperties;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore.RunRow;
import id.go.bnn.pasarbersinar.payout.internal.ReleaseJob;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 * idempotency key. What follows a run is elsewhere: {@link TransferSettlement} for Stripe's answers, {@link BankTransfers}
 * for the transfers made by hand, {@link Payouts} for reading.
 */
@Service
public class PayoutRuns {

    private static final Logger log = LoggerFactory.getLogger(PayoutRuns.class);

    private final PayoutStore store;
    private final LedgerStore ledger;
    private final ReleaseJob release;
    private final TransferSending sending;
    private final IrisPayouts iris;
    private final PayoutProperties properties;
    private final LockProvider locks;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PayoutRuns(PayoutStore store, LedgerStore ledger, ReleaseJob release, TransferSending sending, IrisPayouts iris,
            PayoutProperties properties, LockProvider locks, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.release = release;
        this.sending = sending;
        this.iris = iris;
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
        return sending.demo();
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
                    if (sending.send(payoutId) == PayoutStatus.SENT) {
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
            if (!scheduled && iris.available()) {
                // The administrator who runs the payouts creates the Iris ones (the creator); a second one approves them.
                iris.createAllOfRun(runId);
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
}
