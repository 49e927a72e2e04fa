package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.payout.internal.GroupMail;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each group's one payout destination: a Stripe Connect account id entered by staff, or a bank / koperasi account.
 * Administrators set it and see it whole; the group's acting members see it with the account number masked. Every
 * change goes to the audit log (as a {@link StaffDecision}, numbers masked) and is mailed to the group's members.
 */
@Service
@Transactional
public class PayoutDestinations {

    private static final Pattern STRIPE_ACCOUNT = Pattern.compile("acct_[A-Za-z0-9]{6,40}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9][0-9 .-]{3,38}[0-9]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final PayoutStore store;
    private final ProducerGroups groups;
    private final GroupMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PayoutDestinations(PayoutStore store, ProducerGroups groups, GroupMail mail, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** The group's destination: whole for administrators, masked for the group's acting members. */
    @Transactional(readOnly = true)
    public Optional<Destination> of(GroupId group) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.actsFor(group.value()), "payout destination of group " + group.value());
        return store.destination(group.value()).map(destination -> caller.isAdmin() ? destination : destination.maskedCopy());
    }

    @Transactional(readOnly = true)
    public List<Destination> all() {
        Caller.current().requireAdmin("payout destinations");
        return store.destinations();
    }

    public void setStripe(GroupId group, String connectedAccount) {
        String account = connectedAccount == null ? "" : connectedAccount.strip();
        if (!STRIPE_ACCOUNT.matcher(account).matches()) {
            throw new PayoutException("payout.error.stripe-account");
        }
        save(new Destination(group.value(), PayoutMethod.STRIPE, account, null, null, null, false, null));
    }

    public void setBank(GroupId group, String bankName, String accountNumber, String holderName) {
        String bank = clean(bankName, 2, 80, "payout.error.bank-name");
        String number = accountNumber == null ? "" : accountNumber.strip();
        if (!ACCOUNT_NUMBER.matcher(number).matches()) {
            throw new PayoutException("payout.error.account-number");
        }
        String holder = clean(holderName, 2, 120, "payout.error.holder-name");
        save(new Destination(group.value(), PayoutMethod.BANK, null, bank, number, holder, false, null));
    }

    private void save(Destination destination) {
        Caller caller = Caller.current();
        caller.requireAdmin("setting the payout destination of group " + destination.groupId());
        var summary = groups.find(new GroupId(destination.groupId())).orElseThrow(() -> new PayoutException("payout.error.no-group"));
        Instant now = clock.instant();
        String before = store.destination(destination.groupId()).map(d -> d.maskedCopy().describe()).orElse("-");
        store.saveDestination(destination, caller.accountId(), now);
        String after = destination.maskedCopy().describe();
        events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), summary.provinceCode(), "payout-destination",
                Long.toString(destination.groupId()), "set", before, after, now));
        mail.send(destination.groupId(), "payout.mail.destination.subject", "payout.mail.destination.body", before, after);
    }

    static String clean(String text, int min, int max, String errorKey) {
        String value = text == null ? "" : text.strip();
        if (value.length() < min || value.length() > max || CONTROL.matcher(value).find()) {
            throw new PayoutException(errorKey);
        }
        return value;
    }
}
