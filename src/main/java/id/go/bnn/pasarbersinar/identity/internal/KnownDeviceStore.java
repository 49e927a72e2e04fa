package id.go.bnn.pasarbersinar.identity.internal;

import static id.go.bnn.pasarbersinar.identity.internal.AccountStore.ts;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The browsers known to accounts ({@code known_device}): hashes of the tokens {@link KnownDevices} set as cookies. */
@Repository
class KnownDeviceStore {

    private final JdbcClient jdbc;

    KnownDeviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isKnown(String tokenHash, long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM known_device WHERE token_hash = ? AND account_id = ?")
                .params(tokenHash, accountId).query(Long.class).single() > 0;
    }

    void add(String tokenHash, long accountId, Instant at) {
        jdbc.sql("INSERT INTO known_device (token_hash, account_id, created_at) VALUES (?, ?, ?)")
                .params(tokenHash, accountId, ts(at)).update();
    }
}
