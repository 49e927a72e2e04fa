package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.identity.SecurityEvent.Type;
import id.go.bnn.pasarbersinar.identity.internal.AccountStore;
import id.go.bnn.pasarbersinar.identity.internal.MailTexts;
import id.go.bnn.pasarbersinar.identity.internal.PasswordPolicy;
import id.go.bnn.pasarbersinar.identity.internal.SecurityEvents;
import id.go.bnn.pasarbersinar.identity.internal.TokenStore;
import id.go.bnn.pasarbersinar.identity.internal.TokenStore.Purpose;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a real database when the operators named none ({@code PASAR_ADMIN_EMAIL}): the shop prints
 * a link once at start-up, whose random token is kept hashed and works once within {@link #LINK_VALIDITY}; whoever holds
 * it names the administrator's address, name and password. No known secret is ever involved.
 */
@Service
@Transactional
public class AdministratorSetup {

    public static final Duration LINK_VALIDITY = Duration.ofHours(24);
    /**
     * Nodes that start together print one link between them: a start finding a working link issued less than this ago
     * (by a node starting at the same time) prints none; a later start prints a new one.
     */
    public static final Duration ONE_LINK_FOR = Duration.ofMinutes(10);
    static final String PATH = "admin-pertama";

    private final AccountStore accounts;
    private final TokenStore tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SecurityEvents events;
    private final MailTexts texts;
    private final Clock clock;

    AdministratorSetup(AccountStore accounts, TokenStore tokens, PasswordPolicy policy, PasswordEncoder encoder, SecurityEvents events,
            MailTexts texts, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean administratorExists() {
        return accounts.anyWithRole(Role.ADMIN);
    }

    /** The shop itself only: a new link (an older unused one stops working, so only the latest printed line counts). */
    public String issueLink() {
        Caller.current().require(Caller.current().system(), "issuing the first administrator's link");
        Instant now = clock.instant();
        tokens.revokeOpen(Purpose.FIRST_ADMIN, now);
        String token = tokens.issue(Purpose.FIRST_ADMIN, null, "", Role.ADMIN.name(), null, null, null, now, LINK_VALIDITY);
        return texts.link(PATH, token);
    }

    /** When the working link was printed, if that was less than {@link #ONE_LINK_FOR} ago. */
    @Transactional(readOnly = true)
    public Optional<Instant> recentLink() {
        Instant now = clock.instant();
        return tokens.newestOpen(Purpose.FIRST_ADMIN, now).filter(issued -> issued.isAfter(now.minus(ONE_LINK_FOR)));
    }

    /** The shop itself only, once an administrator exists: no printed link works any more. */
    public void revokeLinks() {
        Caller.current().require(Caller.current().system(), "revoking the first administrator's link");
        tokens.revokeOpen(Purpose.FIRST_ADMIN, clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean isLinkValid(String token) {
        return tokens.peek(Purpose.FIRST_ADMIN, token, clock.instant()).isPresent();
    }

    /**
     * Creates the administrator (who also buys, like every account) and uses the link up. Bad input is refused with the
     * link still valid; a used, expired or unknown link is refused and creates nothing. The account signs in as a
     * plain user until it turns on an authenticator, like every staff account.
     */
    public void complete(String token, String email, String name, String password, String address) {
        Instant now = clock.instant();
        tokens.peek(Purpose.FIRST_ADMIN, token, now).orElseThrow(() -> new AccountException("identity.error.link-invalid"));
        String normalized = AccountStore.checkedEmail(email);
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new AccountException("identity.error.name-required");
        }
        if (accounts.existsByEmail(normalized)) {
            throw new AccountException("identity.first-admin.email-taken");
        }
        policy.check(password, normalized, name);
        tokens.use(Purpose.FIRST_ADMIN, token, now).orElseThrow(() -> new AccountException("identity.error.link-invalid"));
        long id = accounts.create(normalized, encoder.encode(password), name.strip(), true, false, now);
        accounts.grant(id, Role.ADMIN);
        accounts.grant(id, Role.BUYER);
        events.record(Type.ROLE_GRANTED, null, normalized, address, "ADMIN: the first administrator, by the link printed at start-up");
    }
}
