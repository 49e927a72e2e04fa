package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_AVAILABLE;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_PAYOUT_IN_PROGRESS;

import id.go.bnn.pasarbersinar.payout.internal.GroupMail;
import id.go.bnn.pasarbersinar.payout.internal.IrisApi;
import id.go.bnn.pasarbersinar.payout.internal.IrisApi.IrisFailed;
import id.go.bnn.pasarbersinar.payout.internal.IrisApi.PayoutState;
import id.go.bnn.pasarbersinar.payout.internal.IrisStore;
import id.go.bnn.pasarbersinar.payout.internal.IrisStore.IrisPayout;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore.Entry;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What Iris says of our payouts. A signed notification is stored once and then the payout's status is asked of Iris
 * (the body alone is never trusted), so duplicated and reordered notifications change nothing twice: completed pays the
 * payout (the ledger moves it to paid out, as for every paid payout); failed or rejected puts its money back into the
 * group's available balance for the next run (REVERSED, with Iris's reason for the group and staff).
 */
@Service
public class IrisSettlement {

    private static final Logger log = LoggerFactory.getLogger(IrisSettlement.class);

    private final PayoutStore store;
    private final IrisStore iris;
    private final IrisApi api;
    private final LedgerStore ledger;
    private final PaidPayouts paidPayouts;
    private final GroupMail mail;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IrisSettlement(PayoutStore store, IrisStore iris, IrisApi api, LedgerStore ledger, PaidPayouts paidPayouts, GroupMail mail,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.iris = iris;
        this.api = api;
        this.ledger = ledger;
        this.paidPayouts = paidPayouts;
        this.mail = mail;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A notification whose signature was checked (the shop as caller): stored once, then settled from Iris's own answer.
     * False when the very same notification came before.
     */
    public boolean notified(String body, String referenceNo, String status) {
        Caller caller = Caller.current();
        caller.require(caller.system(), "Iris notifications");
        boolean fresh = Boolean.TRUE.equals(transactions.execute(tx -> iris.storeNotification(sha256(body), referenceNo, status, body, clock.instant())));
        if (!fresh) {
            log.info("Iris notification for {} ({}) received again", referenceNo, status);
            return false;
        }
        processStored(referenceNo);
        return true;
    }

    /** Settles the payout a stored notification names, if we know its reference yet (else it waits for it). */
    void processStored(String referenceNo) {
        Optional<Long> payoutId = iris.idOfReference(referenceNo);
        if (payoutId.isEmpty()) {
            log.info("Iris notification for {}: no payout has this reference (yet); kept", referenceNo);
            return;
        }
        try {
            PayoutState state = api.status(referenceNo);
            Caller.runAsSystem(() -> settle(payoutId.get(), state, Caller.SYSTEM));
            transactions.executeWithoutResult(tx -> iris.markNotificationsProcessed(referenceNo, clock.instant()));
        } catch (IrisFailed e) {
            log.warn("Iris's status of {} could not be read; the notification is kept for a retry: {}", referenceNo, e.getMessage());
        }
    }

    /** Stored notifications not processed yet (Iris unreachable then), and approved payouts Iris said nothing of: for the job. */
    public int retryStored() {
        Caller caller = Caller.current();
        caller.require(caller.system() || caller.isAdmin(), "Iris notification retries");
        List<String> references = iris.unprocessedReferences(200);
        references.forEach(this::processStored);
        // A notification may be lost altogether: approved payouts are asked about too.
        for (long payoutId : store.idsWithStatus(PayoutMethod.IRIS, PayoutStatus.SENT)) {
            IrisPayout sent = iris.irisPayout(payoutId).orElseThrow();
            if ("APPROVED".equals(sent.state()) && !references.contains(sent.reference())) {
                try {
                    PayoutState state = api.status(sent.reference());
                    Caller.runAsSystem(() -> settle(payoutId, state, Caller.SYSTEM));
                } catch (IrisFailed e) {
                    log.warn("Iris's status of {} could not be read: {}", sent.reference(), e.getMessage());
                }
            }
        }
        return references.size();
    }

    /** An administrator (or the demo's buttons) asks Iris about one sent payout and settles it from the answer. */
    public PayoutStatus reconcile(long payoutId) {
        Caller caller = Caller.current();
        caller.requireAdmin("reconciling Iris payouts");
        IrisPayout sent = iris.irisPayout(payoutId).orElseThrow(() -> new PayoutException("payout.error.no-payout"));
        if (sent.reference() == null) {
            throw new PayoutException("payout.error.state");
        }
        try {
            return settle(payoutId, api.status(sent.reference()), caller);
        } catch (IrisFailed e) {
            log.warn("Could not reconcile Iris payout {}: {}", payoutId, e.getMessage());
            throw new PayoutException("payout.error.iris-unreachable");
        }
    }

    private PayoutStatus settle(long payoutId, PayoutState state, Caller caller) {
        return transactions.execute(tx -> {
            Payout payout = store.lock(payoutId).orElseThrow();
            IrisPayout sent = iris.irisPayout(payoutId).orElseThrow();
            if (payout.method() != PayoutMethod.IRIS || !state.referenceNo().equals(sent.reference())) {
                log.warn("Iris payout {} is not our payout {}: ignored", state.referenceNo(), payoutId);
                return payout.status();
            }
            if (state.amountRupiah() != payout.amount().rupiah()) {
                log.error("Iris payout {} of {} rupiah does not match payout {} of {}: ignored, staff must look", state.referenceNo(),
                        state.amountRupiah(), payoutId, payout.amount().rupiah());
                return payout.status();
            }
            if (payout.status() != PayoutStatus.SENT) {
                // PAID and REVERSED are final: a late or repeated word changes nothing.
                return payout.status();
            }
            if (state.completed()) {
                iris.markState(payoutId, "COMPLETED", clock.instant());
                paidPayouts.markPaid(payoutId, sent.approvedBy(), caller);
                return PayoutStatus.PAID;
            }
            if (state.failed()) {
                String reason = "Iris: " + (state.errorMessage() == null || state.errorMessage().isBlank() ? state.status() : state.errorMessage());
                reverse(payout, state.status().toUpperCase(java.util.Locale.ROOT), reason, caller);
                return PayoutStatus.REVERSED;
            }
            if ("approved".equals(state.status()) && "QUEUED".equals(sent.state())) {
                // Approved on Iris's dashboard rather than here.
                iris.markState(payoutId, "APPROVED", clock.instant());
            }
            return PayoutStatus.SENT;
        });
    }

    /** A payout refused by staff at Iris. */
    void failed(long payoutId, String irisState, String reason, Caller caller) {
        transactions.executeWithoutResult(tx -> {
            Payout payout = store.lock(payoutId).orElseThrow();
            if (payout.status() == PayoutStatus.SENT) {
                reverse(payout, irisState, reason, caller);
            }
        });
    }

    /** In a transaction: payout in progress → available again (the next run pays it), REVERSED with the reason, the group told. */
    private void reverse(Payout payout, String irisState, String reason, Caller caller) {
        Instant now = clock.instant();
        long amount = payout.amount().rupiah();
        ledger.post("payout-reversed:" + payout.id(), "reversal", "Iris payout " + payout.id() + " failed", List.of(
                Entry.of(GROUP_PAYOUT_IN_PROGRESS, payout.groupId(), -amount, "payout failed").forPayout(payout.id()),
                Entry.of(GROUP_AVAILABLE, payout.groupId(), amount, "payout failed").forPayout(payout.id())), now, caller.accountId());
        iris.markState(payout.id(), irisState.length() > 12 ? irisState.substring(0, 12) : irisState, now);
        store.markStatus(payout.id(), PayoutStatus.REVERSED, reason, now);
        events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "payout", Long.toString(payout.id()), "iris-failed",
                "SENT", "REVERSED " + reason, now));
        mail.send(payout.groupId(), "payout.mail.failed.subject", "payout.mail.failed.body", payout.amount().format(), reason);
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
