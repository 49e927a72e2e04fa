package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.payment.internal.LateStore;
import id.go.bnn.pasarbersinar.payment.internal.OwedRefundStore;
import id.go.bnn.pasarbersinar.payment.internal.PaymentOutcomes;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore;
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
 * Refunds owed to buyers who paid by virtual account (Midtrans cannot send that money back): administrators enter the
 * buyer's bank details, one records the transfer made by hand, a second confirms it (four eyes, as for manual
 * payouts), and only then the refund counts as settled ({@link RefundSettled}) or the late payment as given back.
 * Every call is the administrator's; each step is audited as a {@link StaffDecision}. Refusals carry a translation key.
 */
@Service
public class OwedRefunds {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9]{5,30}");

    private final OwedRefundStore store;
    private final PaymentStore payments;
    private final LateStore late;
    private final PaymentOutcomes outcomes;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OwedRefunds(OwedRefundStore store, PaymentStore payments, LateStore late, PaymentOutcomes outcomes, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.payments = payments;
        this.late = late;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The refunds still owed, oldest first. */
    public List<OwedRefund> open() {
        Caller.current().requireAdmin("seeing owed refunds");
        return store.open();
    }

    /** The buyer's bank account, as the buyer gave it to staff; may be corrected until the transfer is recorded. */
    public void enterBankDetails(String refundId, String bankName, String accountNumber, String accountHolder) {
        Caller caller = Caller.current();
        caller.requireAdmin("entering a buyer's bank details");
        String bank = text(bankName, 100, "payment.owed.error.bank");
        String holder = text(accountHolder, 100, "payment.owed.error.holder");
        String number = accountNumber == null ? "" : accountNumber.replaceAll("[\\s.-]", "");
        if (!ACCOUNT_NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("payment.owed.error.account");
        }
        transactions.executeWithoutResult(status -> {
            if (!store.enterDetails(refundId, bank, number, holder)) {
                throw new IllegalStateException("payment.owed.error.state");
            }
            audit(caller, refundId, "owed-refund-details", "OWED", "READY");
        });
    }

    /** An administrator made the transfer to the buyer's account: its bank reference. */
    public void recordTransfer(String refundId, String reference) {
        Caller caller = Caller.current();
        caller.requireAdmin("recording refund transfers");
        String clean = text(reference, 80, "payment.owed.error.reference");
        transactions.executeWithoutResult(status -> {
            if (!store.recordTransfer(refundId, clean, caller.accountId(), clock.instant())) {
                throw new IllegalStateException("payment.owed.error.state");
            }
            audit(caller, refundId, "owed-refund-record", "READY", "RECORDED " + clean);
        });
    }

    /** A second administrator confirms the recorded transfer: the refund is settled, the late payment given back. */
    public void confirm(String refundId) {
        Caller caller = Caller.current();
        caller.requireAdmin("confirming refund transfers");
        transactions.executeWithoutResult(status -> {
            OwedRefund owed = store.find(refundId).orElseThrow(() -> new IllegalStateException("payment.owed.error.state"));
            if (owed.status() != OwedRefund.Status.RECORDED) {
                throw new IllegalStateException("payment.owed.error.state");
            }
            if (!caller.isSecondPersonTo(owed.recordedBy())) {
                throw new IllegalStateException("payment.owed.error.four-eyes");
            }
            Instant now = clock.instant();
            if (!store.confirm(refundId, caller.accountId(), now)) {
                throw new IllegalStateException("payment.owed.error.state");
            }
            switch (owed.kind()) {
                case REFUND -> payments.refund(refundId).ifPresent(refund -> outcomes.refundSettled(refund, true));
                case LATE -> late.mark(refundId.substring(LATE_PREFIX.length()), LateStore.LateStatus.OWED, LateStore.LateStatus.REFUNDED,
                        "transferred by hand " + owed.transferReference(), now);
            }
            audit(caller, refundId, "owed-refund-confirm", "RECORDED", "PAID");
        });
    }

    /** The owed refund's id for a late payment of a session. */
    public static final String LATE_PREFIX = "late-";

    private void audit(Caller caller, String refundId, String action, String before, String after) {
        events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "owed-refund", refundId, action, before, after, clock.instant()));
    }

    private static String text(String value, int max, String error) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() < 2 || clean.length() > max || CONTROL.matcher(clean).find()) {
            throw new IllegalArgumentException(error);
        }
        return clean;
    }
}
