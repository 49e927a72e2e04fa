package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.identity.SecurityEvent.Type;
import id.go.bnn.pasarbersinar.identity.internal.AccountStore;
import id.go.bnn.pasarbersinar.identity.internal.AccountStore.AccountRow;
import id.go.bnn.pasarbersinar.identity.internal.MailTexts;
import id.go.bnn.pasarbersinar.identity.internal.PasswordPolicy;
import id.go.bnn.pasarbersinar.identity.internal.SecurityEvents;
import id.go.bnn.pasarbersinar.identity.internal.TokenStore;
import id.go.bnn.pasarbersinar.identity.internal.TokenStore.Purpose;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff and producer members never sign themselves up: an administrator invites curators for a province; a curator of
 * the group's province (or the group's owner) invites members of a group. The mailed link works once and expires.
 */
@Service
@Transactional
public class Invitations {

    private final AccountStore accounts;
    private final TokenStore tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SecurityEvents events;
    private final Mailer mailer;
    private final MailTexts texts;
    private final ProducerGroups groups;
    private final Regions regions;
    private final Clock clock;
    private final Duration validity;

    Invitations(AccountStore accounts, TokenStore tokens, PasswordPolicy policy, PasswordEncoder encoder, SecurityEvents events,
            Mailer mailer, MailTexts texts, ProducerGroups groups, Regions regions, Clock clock,
            @Value("${pasar.security.invitation-validity:7d}") Duration validity) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.mailer = mailer;
        this.texts = texts;
        this.groups = groups;
        this.regions = regions;
        this.clock = clock;
        this.validity = validity;
    }

    /** An administrator invites a curator for one province. */
    public void inviteCurator(String email, String provinceCode) {
        Caller caller = Caller.current();
        caller.require(caller.has(Role.ADMIN), "inviting a curator");
        String normalized = AccountStore.checkedEmail(email);
        String province = regions.province(provinceCode).orElseThrow(() -> new AccountException("identity.error.province-invalid")).name();
        String token = tokens.issue(Purpose.INVITATION, null, normalized, Role.CURATOR.name(), provinceCode, null, caller.accountId(),
                clock.instant(), validity);
        mailer.send(texts.mail(normalized, "identity.mail.invite-curator.subject", "identity.mail.invite-curator.body", province,
                texts.link("undangan", token), validity.toDays()));
        events.record(Type.INVITATION_SENT, caller.accountId(), normalized, null, "CURATOR of province " + provinceCode);
    }

    /** A curator of the group's province, an administrator or the group's owner invites a member. */
    public void inviteMember(GroupId groupId, String email) {
        Caller caller = Caller.current();
        GroupSummary group = groups.find(groupId).orElseThrow(() -> new AccountException("identity.error.no-group"));
        caller.require(caller.curates(group.provinceCode())
                        || (caller.actsFor(groupId.value()) && accounts.owns(caller.accountId(), groupId.value())),
                "inviting members of group " + groupId.value());
        String normalized = AccountStore.checkedEmail(email);
        String token = tokens.issue(Purpose.INVITATION, null, normalized, Role.PRODUCER.name(), null, groupId.value(), caller.accountId(),
                clock.instant(), validity);
        mailer.send(texts.mail(normalized, "identity.mail.invite-member.subject", "identity.mail.invite-member.body", group.name(),
                texts.link("undangan", token), validity.toDays()));
        events.record(Type.INVITATION_SENT, caller.accountId(), normalized, null, "PRODUCER of group " + groupId.value());
    }

    /** What the link offers, if it is still valid. */
    @Transactional(readOnly = true)
    public Optional<Invitation> find(String token) {
        return tokens.peek(Purpose.INVITATION, token, clock.instant()).map(t -> new Invitation(t.email(), Role.valueOf(t.role()),
                t.provinceCode(), t.groupId(),
                t.groupId() == null ? null : Caller.runAsSystem(() -> groups.find(new GroupId(t.groupId())).map(GroupSummary::name).orElse(null)),
                accounts.existsByEmail(t.email())));
    }

    /**
     * Accepts an invitation: a new account is created with the name and password given (its address is proven by the
     * mail); an existing account with that address gets the role and keeps its password.
     */
    public void accept(String token, String name, String password, String address) {
        Instant now = clock.instant();
        TokenStore.Token open = tokens.peek(Purpose.INVITATION, token, now)
                .orElseThrow(() -> new AccountException("identity.error.link-invalid"));
        Optional<AccountRow> existing = accounts.findByEmail(open.email());
        if (existing.isEmpty()) {
            if (name == null || name.isBlank() || name.length() > 120) {
                throw new AccountException("identity.error.name-required");
            }
            policy.check(password, open.email(), name);
        }
        TokenStore.Token used = tokens.use(Purpose.INVITATION, token, now)
                .orElseThrow(() -> new AccountException("identity.error.link-invalid"));
        long id = existing.map(AccountRow::id)
                .orElseGet(() -> accounts.create(used.email(), encoder.encode(password), name.strip(), true, false, now));
        Role role = Role.valueOf(used.role());
        accounts.grant(id, role);
        if (role == Role.CURATOR) {
            accounts.addProvince(id, used.provinceCode());
        } else if (role == Role.PRODUCER) {
            accounts.join(id, used.groupId(), false, now);
        }
        events.record(Type.INVITATION_ACCEPTED, id, used.email(), address, role + (used.provinceCode() != null
                ? " of province " + used.provinceCode() : " of group " + used.groupId()));
        events.record(Type.ROLE_GRANTED, used.invitedBy(), used.email(), address, role.name());
    }
}
