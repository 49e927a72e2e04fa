package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.payout.internal.GroupMail;
import id.go.bnn.pasarbersinar.payout.internal.PayoutStore;
import id.go.bnn.pasarbersinar.payout.internal.StripeConnectOnboarding;
import id.go.bnn.pasarbersinar.payout.internal.StripeConnectOnboarding.OnboardingFailed;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
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
    /** Iris's bank codes: bca, bni, bri, mandiri, permata, bank_jago, … (its list of beneficiary banks). */
    private static final Pattern IRIS_BANK = Pattern.compile("[a-z0-9_]{2,20}");

    private static final Logger log = LoggerFactory.getLogger(PayoutDestinations.class);

    private final PayoutStore store;
    private final ProducerGroups groups;
    private final GroupMail mail;
    private final StripeConnectOnboarding onboarding;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PayoutDestinations(PayoutStore store, ProducerGroups groups, GroupMail mail, StripeConnectOnboarding onboarding, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.groups = groups;
        this.mail = mail;
        this.onboarding = onboarding;
        this.events = events;
        this.clock = clock;
    }

    /** A Stripe onboarding link made for a group: its connected account and the link (valid for minutes). */
    public record OnboardingLink(String stripeAccount, String url, Instant expiresAt) {
    }

    /** Onboarding through Stripe needs the platform's Stripe key ({@code pasar.payout.stripe.secret-key}). */
    public boolean stripeOnboardingAvailable() {
        return onboarding.available();
    }

    /**
     * Stripe Connect onboarding (administrators): creates the group's Express account unless its destination already
     * is a Stripe account, makes that account the group's destination (audited and mailed like any change), and
     * creates an Account Link that is shown to staff and mailed to the group's members. Idempotency keys: one account
     * per group ({@code onboard-account-<group>}), one link per account and five minutes (a double click gets the
     * same link).
     */
    public OnboardingLink stripeOnboardingLink(GroupId group) {
        Caller caller = Caller.current();
        caller.requireAdmin("Stripe onboarding of group " + group.value());
        if (!onboarding.available()) {
            throw new PayoutException("payout.error.stripe-unavailable");
        }
        groups.find(group).orElseThrow(() -> new PayoutException("payout.error.no-group"));
        String account = store.destination(group.value()).filter(d -> d.method() == PayoutMethod.STRIPE).map(Destination::stripeAccount).orElse(null);
        try {
            if (account == null) {
                account = onboarding.createAccount(group.value(), "onboard-account-" + group.value());
                setStripe(group, account);
            }
            Instant now = clock.instant();
            StripeConnectOnboarding.Link link = onboarding.accountLink(account, "onboard-link-" + account + "-" + now.getEpochSecond() / 300);
            events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), null, "payout-destination", Long.toString(group.value()),
                    "stripe-onboarding-link", "-", "Stripe " + account, now));
            mail.send(group.value(), "payout.mail.onboarding.subject", "payout.mail.onboarding.body", link.url());
            return new OnboardingLink(account, link.url(), link.expiresAt());
        } catch (OnboardingFailed e) {
            log.warn("Stripe onboarding of group {} failed: {}", group.value(), e.getMessage());
            throw new PayoutException("payout.error.stripe-onboarding");
        }
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

    /**
     * A bank account paid through Midtrans Iris: Iris's bank code (such as {@code bca}), the account number and the holder's
     * name, which Iris's account validation must confirm before the first payout to it.
     */
    public void setIris(GroupId group, String irisBankCode, String accountNumber, String holderName) {
        String bank = irisBankCode == null ? "" : irisBankCode.strip().toLowerCase(java.util.Locale.ROOT);
        if (!IRIS_BANK.matcher(bank).matches()) {
            throw new PayoutException("payout.error.iris-bank");
        }
        String number = accountNumber == null ? "" : accountNumber.strip();
        if (!ACCOUNT_NUMBER.matcher(number).matches()) {
            throw new PayoutException("payout.error.account-number");
        }
        String holder = clean(holderName, 2, 120, "payout.error.holder-name");
        save(new Destination(group.value(), PayoutMethod.IRIS, null, bank, number, holder, false, null));
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
