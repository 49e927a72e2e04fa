package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.identity.SecurityEvent.Type;
import id.go.bnn.pasarbersinar.identity.internal.AccountAuthenticationProvider;
import id.go.bnn.pasarbersinar.identity.internal.AccountStore;
import id.go.bnn.pasarbersinar.identity.internal.AccountStore.AccountRow;
import id.go.bnn.pasarbersinar.identity.internal.LoginThrottle;
import id.go.bnn.pasarbersinar.identity.internal.MailTexts;
import id.go.bnn.pasarbersinar.identity.internal.PasswordPolicy;
import id.go.bnn.pasarbersinar.identity.internal.SecurityEvents;
import id.go.bnn.pasarbersinar.identity.internal.TokenStore;
import id.go.bnn.pasarbersinar.identity.internal.TokenStore.Purpose;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A person's own account: registration with e-mail verification, password reset and change, profile and saved
 * addresses. Whatever reads or changes a person's data is allowed to that person and to administrators only.
 */
@Service
@Validated
@Transactional
public class Accounts {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofMinutes(30);
    /** At most this many reset (or "already registered") mails to one address per window. */
    static final int MAILS_PER_WINDOW = 3;
    static final Duration MAIL_WINDOW = Duration.ofMinutes(15);

    private final AccountStore accounts;
    private final TokenStore tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SecurityEvents events;
    private final Mailer mailer;
    private final MailTexts texts;
    private final Regions regions;
    private final Clock clock;
    private final LoginThrottle throttle;

    Accounts(AccountStore accounts, TokenStore tokens, PasswordPolicy policy, PasswordEncoder encoder, SecurityEvents events,
            Mailer mailer, MailTexts texts, Regions regions, Clock clock, LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.mailer = mailer;
        this.texts = texts;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * A buyer signs up; the account works once the mailed link is opened. An address that already has an account gets
     * a mail saying so instead, and the caller learns nothing about it (the same answer either way).
     */
    public void register(String email, String name, String password, String address) {
        String normalized = AccountStore.checkedEmail(email);
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new AccountException("identity.error.name-required");
        }
        policy.check(password, normalized, name);
        Instant now = clock.instant();
        // Hashed either way, so that a taken address does not answer faster than a free one.
        String hash = encoder.encode(password);
        if (accounts.existsByEmail(normalized)) {
            if (events.count(Type.REGISTERED, normalized, now.minus(MAIL_WINDOW)) >= MAILS_PER_WINDOW) {
                return;
            }
            mailer.send(texts.mail(normalized, "identity.mail.exists.subject", "identity.mail.exists.body",
                    texts.link("masuk"), texts.link("lupa-sandi")));
            events.record(Type.REGISTERED, null, normalized, address, "address already registered: mail sent to it");
            return;
        }
        long id = accounts.create(normalized, hash, name.strip(), false, false, now);
        accounts.grant(id, Role.BUYER);
        String token = tokens.issue(Purpose.VERIFY_EMAIL, id, normalized, null, null, null, null, now, VERIFICATION_VALIDITY);
        mailer.send(texts.mail(normalized, "identity.mail.verify.subject", "identity.mail.verify.body", name.strip(),
                texts.link("verifikasi-email", token)));
        events.record(Type.REGISTERED, id, normalized, address, null);
    }

    /** Opens the account whose mail carried this link; false for an unknown, used or expired link. */
    public boolean verifyEmail(String token) {
        Optional<TokenStore.Token> used = tokens.use(Purpose.VERIFY_EMAIL, token, clock.instant());
        used.ifPresent(t -> {
            accounts.markEmailVerified(t.accountId(), clock.instant());
            events.record(Type.EMAIL_VERIFIED, t.accountId(), t.email(), null, null);
        });
        return used.isPresent();
    }

    /** Mails a reset link valid for 30 minutes, if the account exists; the caller is told the same either way. */
    public void requestPasswordReset(String email, String address) {
        if (email == null || email.length() > 320) {
            // Longer than any e-mail address: no account has it, nothing is stored or sent.
            return;
        }
        String normalized = AccountStore.normalizeEmail(email);
        if (events.count(Type.PASSWORD_RESET_REQUESTED, normalized, clock.instant().minus(MAIL_WINDOW)) >= MAILS_PER_WINDOW) {
            // Nobody makes the shop flood an inbox; the newest link sent is still valid.
            return;
        }
        Optional<AccountRow> account = accounts.findByEmail(normalized);
        events.record(Type.PASSWORD_RESET_REQUESTED, account.map(AccountRow::id).orElse(null), normalized, address,
                account.isPresent() ? null : "unknown account: no mail sent");
        account.ifPresent(row -> {
            Instant now = clock.instant();
            tokens.revokeOpen(Purpose.RESET_PASSWORD, row.id(), now);
            String token = tokens.issue(Purpose.RESET_PASSWORD, row.id(), row.email(), null, null, null, null, now, RESET_VALIDITY);
            mailer.send(texts.mail(row.email(), "identity.mail.reset.subject", "identity.mail.reset.body",
                    texts.link("atur-sandi", token)));
        });
    }

    /** Whether a reset link can still be used (to show the form or say it expired). */
    public boolean isResetLinkValid(String token) {
        return tokens.peek(Purpose.RESET_PASSWORD, token, clock.instant()).isPresent();
    }

    /** Sets a new password with a reset link, which then stops working; a weak password leaves the link usable. */
    public void resetPassword(String token, String newPassword, String address) {
        Instant now = clock.instant();
        TokenStore.Token open = tokens.peek(Purpose.RESET_PASSWORD, token, now)
                .orElseThrow(() -> new AccountException("identity.error.link-invalid"));
        AccountRow row = accounts.find(open.accountId()).orElseThrow(() -> new AccountException("identity.error.link-invalid"));
        policy.check(newPassword, row.email(), row.name());
        tokens.use(Purpose.RESET_PASSWORD, token, now).orElseThrow(() -> new AccountException("identity.error.link-invalid"));
        accounts.changePassword(row.id(), encoder.encode(newPassword), now);
        // Whoever could open the mail is the owner: guesses by others no longer hold the account closed.
        throttle.forgive(row.email());
        // Whoever could open the mail owns the address: the reset also proves it.
        accounts.markEmailVerified(row.id(), now);
        events.record(Type.PASSWORD_RESET, row.id(), row.email(), address, null);
    }

    /** The signed-in person changes their password, proving they know the current one. */
    public void changePassword(String currentPassword, String newPassword) {
        Caller caller = Caller.current();
        caller.require(caller.isSignedIn(), "changing a password");
        AccountRow row = accounts.find(caller.accountId()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, row.passwordHash())) {
            events.record(Type.PASSWORD_CHANGED, row.id(), row.email(), null, "refused: wrong current password");
            throw new AccountException("identity.error.current-password-wrong");
        }
        policy.check(newPassword, row.email(), row.name());
        long stamp = accounts.changePassword(row.id(), encoder.encode(newPassword), clock.instant());
        events.record(Type.PASSWORD_CHANGED, row.id(), row.email(), null, null);
        // This session proved the new password: it stays signed in while the person's other sessions end.
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(AccountAuthenticationProvider.signedIn(caller, stamp));
    }

    /** The signed-in person's own account. */
    public AccountId me() {
        Caller caller = Caller.current();
        caller.require(caller.isSignedIn(), "an account");
        return new AccountId(caller.accountId());
    }

    @Transactional(readOnly = true)
    public Profile profile(AccountId id) {
        requireSelfOrAdmin(id, "profile");
        AccountRow row = accounts.find(id.value()).orElseThrow(() -> new AccountException("identity.error.no-account"));
        return new Profile(id, row.email(), row.name(), row.phone(), row.emailVerifiedAt() != null, row.totpEnabled(),
                accounts.roles(row.id()), accounts.provinces(row.id()));
    }

    /** Name and phone; the phone may be typed as people write it and is kept as +62…. */
    public void updateProfile(AccountId id, String name, String phone) {
        requireSelfOrAdmin(id, "profile");
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new AccountException("identity.error.name-required");
        }
        String normalizedPhone = null;
        if (phone != null && !phone.isBlank()) {
            normalizedPhone = PhoneNumbers.normalize(phone).orElseThrow(() -> new AccountException("identity.error.phone-invalid"));
        }
        accounts.changeProfile(id.value(), name.strip(), normalizedPhone, clock.instant());
        events.record(Type.PROFILE_CHANGED, Caller.current().accountId(), accounts.find(id.value()).orElseThrow().email(), null, null);
    }

    @Transactional(readOnly = true)
    public List<SavedAddress> addresses(AccountId id) {
        requireSelfOrAdmin(id, "addresses");
        return accounts.addresses(id.value());
    }

    public long addAddress(AccountId id, @Valid SavedAddress address) {
        requireSelfOrAdmin(id, "addresses");
        if (regions.province(address.provinceCode()).isEmpty()) {
            throw new AccountException("identity.error.province-invalid");
        }
        if (accounts.addresses(id.value()).size() >= 20) {
            throw new AccountException("identity.error.too-many-addresses");
        }
        return accounts.addAddress(id.value(), address, clock.instant());
    }

    public void removeAddress(long addressId) {
        long owner = accounts.addressOwner(addressId).orElseThrow(() -> new AccountException("identity.error.no-address"));
        requireSelfOrAdmin(new AccountId(owner), "address " + addressId);
        accounts.removeAddress(addressId);
    }

    /** The caller acting for another of its groups from now on (the view puts the result into the session). */
    @Transactional(readOnly = true)
    public Caller actFor(GroupId group) {
        Caller caller = Caller.current();
        caller.require(caller.has(Role.PRODUCER) && caller.groups().contains(group.value()), "acting for group " + group.value());
        return caller.actingFor(group.value());
    }

    /**
     * The e-mail addresses of a group's members, for mail about the group's listings, orders and payouts: the shop
     * itself (the mail listeners of other modules ask as the shop) and administrators only; nobody else needs a list
     * of members' addresses.
     */
    @Transactional(readOnly = true)
    public List<String> memberEmails(GroupId group) {
        Caller.current().requireAdmin("member addresses of group " + group.value());
        return accounts.memberEmails(group.value());
    }

    /**
     * Creates a ready account with roles, provinces and groups: the shop itself only (demo accounts at start-up). A
     * staff account gets its authenticator secret here, since staff never sign in without a second factor.
     */
    public AccountId provision(String email, String name, String password, Set<Role> roles, Set<String> provinces,
            Set<GroupId> groups, String totpSecret, boolean demo) {
        Caller.current().require(Caller.current().system(), "provisioning accounts");
        policy.check(password, email, name);
        Instant now = clock.instant();
        long id = accounts.create(email, encoder.encode(password), name, true, demo, now);
        roles.forEach(role -> accounts.grant(id, role));
        provinces.forEach(province -> accounts.addProvince(id, province));
        groups.forEach(group -> accounts.join(id, group.value(), true, now));
        if (totpSecret != null) {
            accounts.changeTotp(id, totpSecret, true, now);
        }
        events.record(Type.ROLE_GRANTED, null, AccountStore.normalizeEmail(email), null, "provisioned with " + roles);
        return new AccountId(id);
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return accounts.existsByEmail(email);
    }

    private static void requireSelfOrAdmin(AccountId id, String what) {
        Caller caller = Caller.current();
        caller.require(caller.isAccount(id.value()) || caller.isAdmin(), what + " of account " + id.value());
    }
}
