package id.go.bnn.pasarbersinar.exhibition.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code booth_qris_charge}: a booth sale waiting for its charge, by QRIS or card (WAITING, its items held), then
 * RECORDED as a booth sale (or kept SHORT) or FAILED (the charge failed or expired, the hold given back). Every change is conditional on the status it leaves.
 */
@Repository
public class BoothQrisStore {

    private final JdbcClient jdbc;

    BoothQrisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Waiting(String saleKey, long exhibitionId, long groupId, long sellerId, long total, String saleJson, String status, Instant createdAt) {
    }

    /** False when a sale of that key waits (or waited) already. */
    public boolean insert(Waiting sale) {
        try {
            jdbc.sql("INSERT INTO booth_qris_charge (sale_key, exhibition_id, group_id, seller_id, total, sale_json, status, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?, ?)")
                    .params(sale.saleKey(), sale.exhibitionId(), sale.groupId(), sale.sellerId(), sale.total(), sale.saleJson(),
                            Timestamp.from(sale.createdAt()), Timestamp.from(sale.createdAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException twice) {
            return false;
        }
    }

    public Optional<Waiting> find(String saleKey) {
        return jdbc.sql("SELECT sale_key, exhibition_id, group_id, seller_id, total, sale_json, status, created_at FROM booth_qris_charge WHERE sale_key = ?")
                .param(saleKey)
                .query((rs, row) -> new Waiting(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant()))
                .optional();
    }

    /** The waiting sale's status under its row lock, so that the phone's check and the provider's news record it one after the other. */
    public Optional<String> lockStatus(String saleKey) {
        return jdbc.sql("SELECT status FROM booth_qris_charge WHERE sale_key = ? FOR UPDATE").param(saleKey).query(String.class).optional();
    }

    public boolean settle(String saleKey, String status, Instant now) {
        return jdbc.sql("UPDATE booth_qris_charge SET status = ?, updated_at = ? WHERE sale_key = ? AND status = 'WAITING'")
                .params(status, Timestamp.from(now), saleKey).update() == 1;
    }

    /** The paid sale was recorded (or kept SHORT): from whatever status it had, once. */
    public void recorded(String saleKey, Instant now) {
        jdbc.sql("UPDATE booth_qris_charge SET status = 'RECORDED', updated_at = ? WHERE sale_key = ? AND status <> 'RECORDED'")
                .params(Timestamp.from(now), saleKey).update();
    }

    /** Sales still waiting that were started before {@code before}: their charge is asked again (and closed when due). */
    public List<String> waitingSince(Instant before, int limit) {
        return jdbc.sql("SELECT sale_key FROM booth_qris_charge WHERE status = 'WAITING' AND created_at < ? ORDER BY created_at LIMIT " + limit)
                .param(Timestamp.from(before)).query(String.class).list();
    }
}
