package id.go.bnn.pasarbersinar.identity.internal;

import static id.go.bnn.pasarbersinar.identity.internal.AccountStore.ts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sign-in attempts and their guard rows ({@code login_attempt}, {@code login_guard}) that {@link LoginThrottle} counts. */
@Repository
class LoginAttemptStore {

    private final JdbcClient jdbc;

    LoginAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the guard row of this key, creating it first if there is none. */
    void lockGuard(String guardKey) {
        if (jdbc.sql("SELECT guard_key FROM login_guard WHERE guard_key = ? FOR UPDATE").param(guardKey).query(String.class).optional().isEmpty()) {
            try {
                jdbc.sql("INSERT INTO login_guard (guard_key) VALUES (?)").param(guardKey).update();
            } catch (org.springframework.dao.DataIntegrityViolationException | org.springframework.dao.ConcurrencyFailureException concurrentFirstAttempt) {
                // Another node inserted it in the meantime; waiting for its lock serialises us behind it.
            }
            jdbc.sql("SELECT guard_key FROM login_guard WHERE guard_key = ? FOR UPDATE").param(guardKey).query(String.class).single();
        }
    }

    /** A new attempt, counted as failed until {@link #markSucceeded}; its id. */
    long insertFailed(String accountKey, String address, Instant at) {
        var keyHolder = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO login_attempt (account_key, address, succeeded, attempted_at) VALUES (?, ?, FALSE, ?)")
                .params(accountKey, address, ts(at)).update(keyHolder, "id");
        return keyHolder.getKey().longValue();
    }

    void markSucceeded(long attemptId) {
        jdbc.sql("UPDATE login_attempt SET succeeded = TRUE WHERE id = ?").param(attemptId).update();
    }

    void insert(String accountKey, String address, boolean succeeded, Instant at) {
        jdbc.sql("INSERT INTO login_attempt (account_key, address, succeeded, attempted_at) VALUES (?, ?, ?, ?)")
                .params(accountKey, address, succeeded, ts(at)).update();
    }

    /** When this pair failed since then, newest first, at most 64. */
    List<Timestamp> pairFailures(String accountKey, String address, Instant since) {
        return jdbc.sql("SELECT attempted_at FROM login_attempt WHERE account_key = ? AND address = ? AND succeeded = FALSE "
                        + "AND attempted_at > ? ORDER BY attempted_at DESC LIMIT 64")
                .params(accountKey, address, ts(since)).query(Timestamp.class).list();
    }

    /** When this account key failed since then (from anywhere), newest first, at most {@code limit}. */
    List<Timestamp> accountFailures(String accountKey, Instant since, int limit) {
        return failures("account_key", accountKey, since, limit);
    }

    /** When this address failed since then (against any account), newest first, at most {@code limit}. */
    List<Timestamp> addressFailures(String address, Instant since, int limit) {
        return failures("address", address, since, limit);
    }

    private List<Timestamp> failures(String column, String value, Instant since, int limit) {
        return jdbc.sql("SELECT attempted_at FROM login_attempt WHERE " + column + " = ? AND succeeded = FALSE AND attempted_at > ? "
                        + "ORDER BY attempted_at DESC LIMIT " + limit)
                .params(value, ts(since)).query(Timestamp.class).list();
    }

    void deleteFailures(String accountKey) {
        jdbc.sql("DELETE FROM login_attempt WHERE account_key = ? AND succeeded = FALSE").param(accountKey).update();
    }

    void deleteOlderThan(Instant before) {
        jdbc.sql("DELETE FROM login_attempt WHERE attempted_at < ?").param(ts(before)).update();
    }
}
