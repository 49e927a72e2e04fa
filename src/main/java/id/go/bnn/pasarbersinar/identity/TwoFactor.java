package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.identity.SecurityEvent.Type;
import id.go.bnn.pasarbersinar.identity.internal.AccountAuthenticationProvider;
import id.go.bnn.pasarbersinar.identity.internal.AccountStore;
import id.go.bnn.pasarbersinar.identity.internal.AccountStore.AccountRow;
import id.go.bnn.pasarbersinar.identity.internal.KnownDevices;
import id.go.bnn.pasarbersinar.identity.internal.LoginThrottle;
import id.go.bnn.pasarbersinar.identity.internal.SecurityEvents;
import id.go.bnn.pasarbersinar.identity.internal.SignInRefused.Locked;
import id.go.bnn.pasarbersinar.identity.internal.SignInRefused.SecondFactorRequired;
import id.go.bnn.pasarbersinar.identity.internal.Totp;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app (TOTP). Anyone may turn it on; curators and administrators get their
 * staff roles only in sessions signed in with it.
 */
@Service
@Transactional
public class TwoFactor {

    /** A secret to type or scan into an authenticator app, not yet switched on. */
    public record Enrollment(String secret, String uri) {
    }

    private final AccountStore accounts;
    private final Totp totp;
    private final LoginThrottle throttle;
    private final SecurityEvents events;
    private final Clock clock;
    private final KnownDevices devices;

    TwoFactor(AccountStore accounts, Totp totp, LoginThrottle throttle, SecurityEvents events, Clock clock, KnownDevices devices) {
        this.devices = devices;
        this.accounts = accounts;
        this.totp = totp;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** Starts (or restarts) setting up an authenticator for the signed-in person. */
    public Enrollment begin() {
        AccountRow row = signedIn();
        if (row.totpEnabled()) {
            throw new AccountException("identity.error.two-factor-already-on");
        }
        String secret = totp.newSecret();
        accounts.changeTotp(row.id(), secret, false, clock.instant());
        return new Enrollment(secret, totp.uri(secret, row.email()));
    }

    /** Switches the second factor on once the app shows a right code. */
    public void confirm(String code) {
        AccountRow row = signedIn();
        java.util.OptionalLong step = totp.matchingStep(row.totpSecret(), code, clock.instant());
        if (step.isEmpty()) {
            throw new AccountException("identity.error.code-wrong");
        }
        accounts.changeTotp(row.id(), row.totpSecret(), true, clock.instant());
        accounts.useTotpStep(row.id(), step.getAsLong());
        events.record(Type.TWO_FACTOR_ENABLED, row.id(), row.email(), null, null);
    }

    /** Switches it off again, with a right code; staff cannot (they need it to be staff). */
    public void disable(String code) {
        AccountRow row = signedIn();
        if (accounts.roles(row.id()).stream().anyMatch(role -> role == Caller.Role.ADMIN || role == Caller.Role.CURATOR)) {
            throw new AccountException("identity.error.two-factor-required-for-staff");
        }
        if (!row.totpEnabled() || !totp.matches(row.totpSecret(), code, clock.instant())) {
            throw new AccountException("identity.error.code-wrong");
        }
        accounts.changeTotp(row.id(), null, false, clock.instant());
        events.record(Type.TWO_FACTOR_DISABLED, row.id(), row.email(), null, null);
    }

    /**
     * Finishes a sign-in whose password was right with the code from the app. Wrong codes count as failed sign-ins
     * of the account, so the throttle limits guessing codes as it limits guessing passwords.
     */
    public Authentication completeSignIn(SecondFactorRequired pending, String code, String address) {
        Instant now = clock.instant();
        if (pending == null || now.isAfter(pending.expiresAt())) {
            throw new AccountException("identity.error.second-factor-expired");
        }
        // Reserved under the same row locks as a password check: codes sent at the same time are counted one by one.
        LoginThrottle.Attempt attempt = throttle.reserve(pending.email(), address, devices.recognises(pending.accountId()));
        if (attempt.refused()) {
            throw new Locked(attempt.lockedUntil().orElseThrow());
        }
        AccountRow row = accounts.find(pending.accountId()).orElseThrow(() -> new AccountException("identity.error.second-factor-expired"));
        java.util.OptionalLong step = row.totpEnabled() ? totp.matchingStep(row.totpSecret(), code, now) : java.util.OptionalLong.empty();
        if (step.isEmpty() || !accounts.useTotpStep(row.id(), step.getAsLong())) {
            // The reserved attempt already counts as a failure.
            events.record(Type.TWO_FACTOR_FAILED, row.id(), row.email(), address, null);
            throw new AccountException("identity.error.code-wrong");
        }
        throttle.succeeded(attempt);
        events.record(Type.SIGN_IN, row.id(), row.email(), address, "with second factor");
        devices.remember(row.id());
        return AccountAuthenticationProvider.signedIn(accounts.caller(row), accounts.credentialsStamp(row.id()));
    }

    private AccountRow signedIn() {
        Caller caller = Caller.current();
        caller.require(caller.isSignedIn(), "two-factor settings");
        return accounts.find(caller.accountId()).orElseThrow();
    }
}
