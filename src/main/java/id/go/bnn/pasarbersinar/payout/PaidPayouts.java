package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_PAID_OUT;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.GROUP_PAYOUT_IN_PROGRESS;

import id.go.bnn.pasarbersinar.payout.internal.GroupMail;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore.Entry;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A payout becomes paid, the same way whether Stripe confirmed its transfer or a second administrator approved a bank
 * transfer: the ledger moves the money to paid out, the audit log hears of it and the group is mailed. Runs inside the
 * caller's transaction; the callers check access.
 */
@Component
class PaidPayouts {

    private final PayoutStore store;
    private final LedgerStore ledger;
    private final GroupMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaidPayouts(PayoutStore store, LedgerStore ledger, GroupMail mail, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    void markPaid(long payoutId, Long approver, Caller caller) {
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
}
