package id.go.bnn.pasarbersinar.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing, with its state in the database so that every app node sees the same counts.
 * <ul>
 * <li>Per account and address pair: four failures are free, from the fifth on each next try waits a
 * growing delay after the last failure (30 s, 1 min, 2 min, … up to {@code …window}).</li>
 * <li>Per account (known or not, so the answer never tells whether an account exists):
 * {@code pasar.security.login.max-failures-per-account} failures in {@code …window} from anywhere close the account
 * to unknown browsers until the window has passed; the owner's known browser ({@link KnownDevices}) is not affected,
 * and a password reset by e-mail forgives the failures.</li>
 * <li>Per address: {@code …max-failures-per-address} failures against any accounts (spraying), known browsers
 * excepted.</li>
 * </ul>
 */
@Component
public class LoginThrottle {

    private final LoginAttemptStore store;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(LoginAttemptStore store, Clock clock,
            @Value("${pasar.security.login.max-failures-per-account:10}") int maxPerAccount,
            @Value("${pasar.security.login.max-failures-per-address:50}") int maxPerAddress,
            @Value("${pasar.security.login.window:15m}") Duration window) {
        this.store = store;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /**
     * One sign-in attempt, reserved before its password is checked: it counts as a failure until {@link #succeeded}
     * says otherwise, so that attempts running at the same time (on any node) can never pass the limit together.
     */
    public record Attempt(long id, Optional<Instant> lockedUntil) {

        public boolean refused() {
            return lockedUntil.isPresent();
        }
    }

    /**
     * Counts recent failures and reserves this attempt under row locks on the account's and the address's guard
     * rows (always in that order, so two attempts never wait for each other in a circle). Returns a refused attempt,
     * reserving nothing, while either is locked.
     */
    @org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public Attempt reserve(String accountKey, String address, boolean knownDevice) {
        lockGuard("account:" + accountKey);
        lockGuard("address:" + address);
        Optional<Instant> locked = lockedUntil(accountKey, address, knownDevice);
        if (locked.isPresent()) {
            return new Attempt(0, locked);
        }
        return new Attempt(store.insertFailed(accountKey, address, clock.instant()), Optional.empty());
    }

    /** The reserved attempt had the right password: it no longer counts as a failure. */
    @org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void succeeded(Attempt attempt) {
        store.markSucceeded(attempt.id());
    }

    private void lockGuard(String key) {
        String guardKey = key.length() > 300 ? key.substring(0, 300) : key;
        store.lockGuard(guardKey);
    }

    public Attempt reserve(String accountKey, String address) {
        return reserve(accountKey, address, false);
    }

    /** When this account may be tried again from this address (and browser), if it may not now. */
    public Optional<Instant> lockedUntil(String accountKey, String address, boolean knownDevice) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        Optional<Instant> latest = pairDelayUntil(accountKey, address, since).filter(now::isBefore);
        if (!knownDevice) {
            latest = later(latest, lockedUntil(store.accountFailures(accountKey, since, maxPerAccount), maxPerAccount));
            latest = later(latest, lockedUntil(store.addressFailures(address, since, maxPerAddress), maxPerAddress));
        }
        return latest;
    }

    public Optional<Instant> lockedUntil(String accountKey, String address) {
        return lockedUntil(accountKey, address, false);
    }

    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);

    /** From the fifth failure of this pair on, the next try waits 30 s after the last failure, doubling each time. */
    private Optional<Instant> pairDelayUntil(String accountKey, String address, Instant since) {
        var failures = store.pairFailures(accountKey, address, since);
        if (failures.size() < FREE_FAILURES) {
            return Optional.empty();
        }
        int doublings = Math.min(failures.size() - FREE_FAILURES, 20);
        // failures.size() == FREE_FAILURES waits FIRST_DELAY, each further failure twice as long.
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return Optional.of(failures.getFirst().toInstant().plus(delay.compareTo(window) > 0 ? window : delay));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        return a.isPresent() && b.isPresent() ? Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get()) : a.or(() -> b);
    }

    /** The owner proved the e-mail address (password reset): earlier failures no longer count against the account. */
    @org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void forgive(String accountKey) {
        store.deleteFailures(accountKey);
    }

    /** In its own transaction: a failure counts even when the request that saw it is rolled back. */
    @org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void record(String accountKey, String address, boolean succeeded) {
        store.insert(accountKey, address, succeeded, clock.instant());
    }

    /** Locked while the window holds the limit's number of failures; free again when the oldest of them leaves it. */
    private Optional<Instant> lockedUntil(java.util.List<Timestamp> failures, int limit) {
        if (failures.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(failures.getLast().toInstant().plus(window));
    }

    /** Attempts older than a day are of no use to the limits. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldAttempts() {
        store.deleteOlderThan(clock.instant().minus(Duration.ofDays(1)));
    }
}
