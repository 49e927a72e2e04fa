package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.payout.internal.DemoIris;
import id.go.bnn.pasarbersinar.payout.internal.IrisApi;
import id.go.bnn.pasarbersinar.payout.internal.IrisApi.IrisFailed;
import id.go.bnn.pasarbersinar.payout.internal.IrisStore;
import id.go.bnn.pasarbersinar.payout.internal.IrisStore.AccountCheck;
import id.go.bnn.pasarbersinar.payout.internal.IrisStore.IrisPayout;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payouts to bank accounts through Midtrans Iris (administrators), with the four eyes of manual transfers: one
 * administrator creates the payout at Iris (Iris's creator key), a second one approves it (the approver key); the
 * same administrator cannot do both. Before the first payout to an account, Iris's account validation must name the
 * holder staff entered. Each payout is created once: "creating" is committed before Iris is called, and a retry
 * resends the identical request with the same idempotency key, which Iris answers with the same payout. Iris's
 * answers on the outcome are {@link IrisSettlement}'s.
 */
@Service
public class IrisPayouts {

    /** Iris keeps idempotency keys for 24 hours; a creation left unfinished for longer must be checked by a person. */
    static final Duration RESEND_WINDOW = Duration.ofHours(23);
    private static final Logger log = LoggerFactory.getLogger(IrisPayouts.class);

    private final PayoutStore store;
    private final IrisStore iris;
    private final IrisApi api;
    private final IrisSettlement settlement;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IrisPayouts(PayoutStore store, IrisStore iris, IrisApi api, IrisSettlement settlement, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.iris = iris;
        this.api = api;
        this.settlement = settlement;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Whether payouts can go through Iris (keys set, or the demo's Iris). */
    public boolean available() {
        return api.available();
    }

    /** Whether Iris is {@code DemoIris}: no real money moves, and staff decide each payout's outcome. */
    public boolean demo() {
        return api instanceof DemoIris;
    }

    /** A payout's Iris side for staff: its reference and step (CREATING, QUEUED, APPROVED, COMPLETED, FAILED). */
    public record IrisStep(String reference, String state, Long approvedBy) {
    }

    public Optional<IrisStep> step(long payoutId) {
        Caller.current().requireAdmin("Iris payouts");
        return iris.irisPayout(payoutId).filter(p -> p.state() != null).map(p -> new IrisStep(p.reference(), p.state(), p.approvedBy()));
    }

    /** The last account check of a group's destination (name and time, or Iris's refusal), for staff. */
    public Optional<AccountCheck> accountCheck(GroupId group) {
        Caller.current().requireAdmin("Iris account checks");
        return iris.accountCheck(group.value());
    }

    /**
     * Creates the payout at Iris as the calling administrator (the creator of the four eyes): SENT once Iris has queued it.
     * Throws with the reason when the account check or Iris refuses; the payout then stays PENDING with the reason.
     */
    public PayoutStatus create(long payoutId) {
        Caller caller = Caller.current();
        caller.requireAdmin("creating Iris payouts");
        if (!api.available()) {
            throw new PayoutException("payout.error.iris-unavailable");
        }
        Payout payout = store.payout(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
        IrisPayout sent = iris.irisPayout(payoutId).orElseThrow();
        if (payout.method() != PayoutMethod.IRIS || payout.status() != PayoutStatus.PENDING) {
            throw new PayoutException("payout.error.state");
        }
        IrisApi.PayoutRequest request;
        if ("CREATING".equals(sent.state())) {
            // A creation that never finished (a crash, a timeout): the same request again, which Iris answers with the same payout.
            if (sent.requestedAt().plus(RESEND_WINDOW).isBefore(clock.instant())) {
                throw new PayoutException("payout.error.iris-stale");
            }
            request = request(payout, sent.bank(), sent.account(), sent.name());
        } else {
            Destination destination = store.destination(payout.groupId()).filter(d -> d.method() == PayoutMethod.IRIS)
                    .orElseThrow(() -> new PayoutException("payout.error.iris-destination"));
            checkAccount(payoutId, destination);
            String bank = destination.bankName();
            String account = destination.accountNumber().replaceAll("[^0-9]", "");
            request = request(payout, bank, account, destination.holderName());
            Instant now = clock.instant();
            boolean marked = Boolean.TRUE.equals(transactions.execute(status -> {
                store.lock(payoutId);
                return iris.markCreating(payoutId, bank, account, destination.holderName(), caller.accountId(), now);
            }));
            if (!marked) {
                throw new PayoutException("payout.error.state");
            }
        }
        String reference;
        try {
            reference = api.createPayout(request, idempotencyKey(payoutId));
        } catch (IrisFailed e) {
            log.warn("Iris refused or did not answer payout {}: {}", payoutId, e.getMessage());
            transactions.executeWithoutResult(status -> {
                if (e.definite()) {
                    iris.clearCreating(payoutId, "Iris: " + e.getMessage(), clock.instant());
                } else {
                    iris.noteFailure(payoutId, "Iris: " + e.getMessage(), clock.instant());
                }
            });
            throw new PayoutException(e.definite() ? "payout.error.iris-refused" : "payout.error.iris-unreachable");
        }
        transactions.executeWithoutResult(status -> {
            iris.markQueued(payoutId, reference, clock.instant());
            events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "payout", Long.toString(payoutId), "iris-create",
                    "PENDING", "SENT " + reference, clock.instant()));
        });
        // A notification that came before we stored the reference (the crash case) is processed now.
        if (iris.hasUnprocessed(reference)) {
            settlement.processStored(reference);
        }
        return PayoutStatus.SENT;
    }

    /** Every Iris payout of a run not yet at Iris, created by the administrator who runs it; the count created. */
    int createAllOfRun(long runId) {
        int created = 0;
        for (long payoutId : iris.pendingIrisPayoutsOfRun(runId)) {
            try {
                create(payoutId);
                created++;
            } catch (PayoutException e) {
                log.info("Iris payout {} of run {} not created: {}", payoutId, runId, e.messageKey());
            } catch (RuntimeException e) {
                // Left CREATING (or PENDING): "Send to Iris" resends the same request with the same key.
                log.error("Iris payout {} of run {} not finished; send it again", payoutId, runId, e);
            }
        }
        return created;
    }

    /** The second administrator releases a queued payout at Iris (with an OTP where Iris asks for one). */
    public void approve(long payoutId, String otp) {
        Caller caller = Caller.current();
        caller.requireAdmin("approving Iris payouts");
        Payout payout = store.payout(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
        IrisPayout sent = iris.irisPayout(payoutId).orElseThrow();
        if (payout.method() != PayoutMethod.IRIS || payout.status() != PayoutStatus.SENT || !"QUEUED".equals(sent.state())) {
            throw new PayoutException("payout.error.state");
        }
        if (payout.recordedBy() == null || caller.accountId() == null || payout.recordedBy().equals(caller.accountId())) {
            throw new PayoutException("payout.error.four-eyes");
        }
        try {
            api.approve(List.of(sent.reference()), otp);
        } catch (IrisFailed e) {
            log.warn("Iris did not approve payout {}: {}", payoutId, e.getMessage());
            transactions.executeWithoutResult(status -> iris.noteFailure(payoutId, "Iris: " + e.getMessage(), clock.instant()));
            throw new PayoutException("payout.error.iris-approve");
        }
        transactions.executeWithoutResult(status -> {
            iris.markApproved(payoutId, caller.accountId(), clock.instant());
            events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "payout", Long.toString(payoutId), "iris-approve",
                    "QUEUED", "APPROVED", clock.instant()));
        });
    }

    /** A queued payout refused at Iris (by either administrator): its money goes back to the group's available balance. */
    public void reject(long payoutId, String reason) {
        Caller caller = Caller.current();
        caller.requireAdmin("rejecting Iris payouts");
        String cleanReason = PayoutDestinations.clean(reason == null || reason.isBlank() ? "Rejected by staff" : reason, 2, 200, "payout.error.reason");
        Payout payout = store.payout(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
        IrisPayout sent = iris.irisPayout(payoutId).orElseThrow();
        if (payout.method() != PayoutMethod.IRIS || payout.status() != PayoutStatus.SENT || !"QUEUED".equals(sent.state())) {
            throw new PayoutException("payout.error.state");
        }
        try {
            api.reject(List.of(sent.reference()), cleanReason);
        } catch (IrisFailed e) {
            log.warn("Iris did not reject payout {}: {}", payoutId, e.getMessage());
            throw new PayoutException("payout.error.iris-unreachable");
        }
        settlement.failed(payoutId, "REJECTED", "Iris: " + cleanReason, caller);
    }

    /** A payout that never reached Iris (a refused account, a koperasi) is paid by hand instead, with four eyes as ever. */
    public void payByHand(long payoutId) {
        Caller caller = Caller.current();
        caller.requireAdmin("switching payouts to manual transfer");
        boolean switched = Boolean.TRUE.equals(transactions.execute(status -> {
            store.lock(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
            if (!iris.switchToBank(payoutId, clock.instant())) {
                return false;
            }
            events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "payout", Long.toString(payoutId), "pay-by-hand",
                    "IRIS", "BANK", clock.instant()));
            return true;
        }));
        if (!switched) {
            throw new PayoutException("payout.error.state");
        }
    }

    /** The demo's "complete" / "fail" for an approved payout: the demo Iris decides, then the shop asks it as it asks Iris. */
    public PayoutStatus demoDecide(long payoutId, boolean completed) {
        Caller caller = Caller.current();
        caller.requireAdmin("demo Iris");
        if (!(api instanceof DemoIris demoIris)) {
            throw new PayoutException("payout.error.state");
        }
        IrisPayout sent = iris.irisPayout(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
        if (!"APPROVED".equals(sent.state())) {
            throw new PayoutException("payout.error.state");
        }
        try {
            demoIris.decide(sent.reference(), completed);
        } catch (IrisFailed e) {
            throw new PayoutException("payout.error.state");
        }
        return settlement.reconcile(payoutId);
    }

    private void checkAccount(long payoutId, Destination destination) {
        String checkedFor = destination.bankName() + "|" + destination.accountNumber() + "|" + destination.holderName();
        Optional<AccountCheck> last = iris.accountCheck(destination.groupId()).filter(c -> checkedFor.equals(c.validatedFor()));
        AccountCheck check;
        if (last.isPresent() && last.get().error() == null) {
            return;
        }
        if (last.isPresent()) {
            check = last.get();
        } else {
            Instant now = clock.instant();
            try {
                String name = api.validateAccount(destination.bankName(), destination.accountNumber().replaceAll("[^0-9]", ""));
                check = new AccountCheck(checkedFor, name, now, sameName(name, destination.holderName()) ? null
                        : "Iris: the account belongs to " + name + ", not " + destination.holderName());
            } catch (IrisFailed e) {
                if (!e.definite()) {
                    throw new PayoutException("payout.error.iris-unreachable");
                }
                check = new AccountCheck(checkedFor, null, now, "Iris: " + e.getMessage());
            }
            AccountCheck saved = check;
            transactions.executeWithoutResult(status -> iris.saveAccountCheck(destination.groupId(), saved));
        }
        if (check.error() != null) {
            String error = check.error();
            transactions.executeWithoutResult(status -> iris.noteFailure(payoutId, error, clock.instant()));
            throw new PayoutException("payout.error.iris-account");
        }
    }

    /** Bank names come in capitals and without titles' punctuation: letters and digits compared, nothing else. */
    static boolean sameName(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
    }

    private static IrisApi.PayoutRequest request(Payout payout, String bank, String account, String name) {
        return new IrisApi.PayoutRequest(name, account, bank, null, payout.amount().rupiah(), "Pasar Bersinar payout " + payout.id());
    }

    static String idempotencyKey(long payoutId) {
        return "pasar-payout-" + payoutId;
    }
}
