package id.go.bnn.pasarbersinar.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review history of listings: who did what, when and why. */
@Repository
public class ListingEventStore {

    private final JdbcClient jdbc;

    ListingEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(String action, String actorRole, String actorEmail, String reason, Instant at) {
    }

    public void record(long productId, String action, Long actorAccount, String actorEmail, String actorRole, String reason, Instant at) {
        jdbc.sql("INSERT INTO listing_event (product_id, action, actor_account, actor_email, actor_role, reason, happened_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(productId, action, actorAccount, actorEmail, actorRole, reason, Timestamp.from(at))
                .update();
    }

    public List<Entry> of(long productId) {
        return jdbc.sql("SELECT action, actor_role, actor_email, reason, happened_at FROM listing_event WHERE product_id = ? ORDER BY happened_at DESC, id DESC")
                .param(productId)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }
}
