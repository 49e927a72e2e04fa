package id.go.bnn.pasarbersinar.identity.internal;

import id.go.bnn.pasarbersinar.identity.SecurityEvent.Type;
import id.go.bnn.pasarbersinar.identity.internal.AccountStore.AccountRow;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks e-mail and password. The throttle is asked first, so that a locked account costs no password check at all;
 * an unknown e-mail gets a check against a dummy hash (the same time) and is counted and locked like a real one (the
 * same answer). A right password for an account with a second factor ends in {@link SignInRefused.SecondFactorRequired}.
 */
@Component
public class AccountAuthenticationProvider implements AuthenticationProvider {

    static final Duration SECOND_FACTOR_WINDOW = Duration.ofMinutes(5);

    private final AccountStore accounts;
    private final LoginThrottle throttle;
    private final SecurityEvents events;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final KnownDevices devices;
    private final CompletableFuture<String> dummyHash;

    AccountAuthenticationProvider(AccountStore accounts, LoginThrottle throttle, SecurityEvents events, PasswordEncoder encoder, Clock clock,
            KnownDevices devices) {
        this.devices = devices;
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
        this.encoder = encoder;
        this.clock = clock;
        // Hashed on a thread of its own: an Argon2 hash costs the start-up's main thread a noticeable share (issue 18),
        // and nobody can sign in before the shop has started, by when it is long done.
        this.dummyHash = CompletableFuture.supplyAsync(() -> encoder.encode("no account has this password, it only costs the same time"),
                task -> Thread.ofPlatform().daemon().name("dummy-password-hash").start(task));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = AccountStore.normalizeEmail(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = address(authentication);
        if (email.length() > 254) {
            // No account has such an address; refused like a wrong password, before anything is stored under it.
            events.record(Type.SIGN_IN_FAILED, null, email, address, "e-mail address too long");
            throw new BadCredentialsException("Bad credentials");
        }
        Optional<AccountRow> account = accounts.findByEmail(email);
        boolean knownDevice = account.isPresent() && devices.recognises(account.get().id());
        LoginThrottle.Attempt attempt = throttle.reserve(email, address, knownDevice);
        if (attempt.refused()) {
            Instant until = attempt.lockedUntil().orElseThrow();
            events.record(Type.SIGN_IN_FAILED, null, email, address, "locked until " + until);
            throw new SignInRefused.Locked(until);
        }
        boolean matches = account.map(row -> encoder.matches(password, row.passwordHash()))
                .orElseGet(() -> encoder.matches(password, dummyHash.join()) && false);
        if (!matches) {
            // The reserved attempt already counts as a failure.
            events.record(Type.SIGN_IN_FAILED, null, email, address, account.isPresent() ? "wrong password" : "unknown account");
            Optional<Instant> nowLocked = throttle.lockedUntil(email, address, knownDevice);
            if (nowLocked.isPresent()) {
                events.record(Type.ACCOUNT_LOCKED, null, email, address, "until " + nowLocked.get());
                throw new SignInRefused.Locked(nowLocked.get());
            }
            throw new BadCredentialsException("Bad credentials");
        }
        AccountRow row = account.get();
        throttle.succeeded(attempt);
        if (encoder.upgradeEncoding(row.passwordHash())) {
            accounts.changePasswordHash(row.id(), encoder.encode(password), clock.instant());
        }
        if (row.emailVerifiedAt() == null) {
            throw new SignInRefused.EmailNotVerified();
        }
        if (row.totpEnabled()) {
            throw new SignInRefused.SecondFactorRequired(row.id(), row.email(), clock.instant().plus(SECOND_FACTOR_WINDOW));
        }
        events.record(Type.SIGN_IN, row.id(), email, address, null);
        devices.remember(row.id());
        return signedIn(accounts.caller(row), accounts.credentialsStamp(row.id()));
    }

    /**
     * The authentication of a signed-in person: the {@link Caller} as principal, its roles as authorities, and the
     * account's credentials stamp at sign-in as details ({@link SessionRefresh} ends the session when it moves on).
     */
    public static Authentication signedIn(Caller caller, long credentialsStamp) {
        List<GrantedAuthority> authorities = caller.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
        token.setDetails(new SessionStamp(credentialsStamp));
        return token;
    }

    /** A changed caller of the same sign-in (acting for another group): the session keeps its credentials stamp. */
    public static Authentication signedIn(Caller caller) {
        return signedIn(caller, SessionStamp.of(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
