package id.go.bnn.pasarbersinar.payout.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Commission rates: rows are only added; the newest row of a scope (up to a moment) is the rate in force then. */
@Repository
public class CommissionStore {

    public static final String PLATFORM = "PLATFORM";
    public static final String CATEGORY = "CATEGORY";
    public static final String GROUP = "GROUP";

    private final JdbcClient jdbc;

    CommissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RateRow(String scope, String scopeKey, Integer rateBp, Long setBy, Instant setAt) {
    }

    public void set(String scope, String key, Integer rateBp, Long actor, Instant at) {
        jdbc.sql("INSERT INTO commission_rate (scope, scope_key, rate_bp, set_by, set_at) VALUES (?, ?, ?, ?, ?)")
                .params(scope, key, rateBp, actor, Timestamp.from(at)).update();
    }

    /** The rate of a scope in force at a moment: empty when none was set or the newest row removed it. */
    public Optional<Integer> rateAt(String scope, String key, Instant at) {
        return jdbc.sql("SELECT rate_bp FROM commission_rate WHERE scope = ? AND scope_key = ? AND set_at <= ? ORDER BY set_at DESC, id DESC LIMIT 1")
                .params(scope, key, Timestamp.from(at))
                .query((rs, row) -> Optional.ofNullable((Integer) rs.getObject(1, Integer.class)))
                .optional().flatMap(rate -> rate);
    }

    /** The overrides in force now (newest row per scope and key, removed ones left out). */
    public List<RateRow> current() {
        return jdbc.sql("SELECT r.scope, r.scope_key, r.rate_bp, r.set_by, r.set_at FROM commission_rate r "
                        + "WHERE r.id = (SELECT MAX(n.id) FROM commission_rate n WHERE n.scope = r.scope AND n.scope_key = r.scope_key) "
                        + "AND r.rate_bp IS NOT NULL ORDER BY r.scope, r.scope_key")
                .query((rs, row) -> new RateRow(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                        (Long) rs.getObject(4, Long.class), rs.getTimestamp(5).toInstant()))
                .list();
    }
}
