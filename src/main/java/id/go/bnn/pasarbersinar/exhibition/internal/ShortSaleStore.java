package id.go.bnn.pasarbersinar.exhibition.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff side of booth sales flagged SHORT: what was done about each (resolution), and how many are still open. */
@Repository
public class ShortSaleStore {

    private final JdbcClient jdbc;

    ShortSaleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Resolution(long resolvedBy, Instant resolvedAt, String note) {
    }

    /** The resolutions of the event's short sales, by sale key (an open one has none). */
    public Map<String, Resolution> resolutions(long exhibitionId) {
        Map<String, Resolution> resolutions = new HashMap<>();
        jdbc.sql("SELECT sale_key, resolved_by, resolved_at, resolution_note FROM booth_sale WHERE exhibition_id = ? AND status = 'SHORT' "
                        + "AND resolved_at IS NOT NULL")
                .param(exhibitionId)
                .query((rs, row) -> resolutions.put(rs.getString(1), new Resolution(rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4))))
                .list();
        return resolutions;
    }

    /** Resolves an open short sale of the event once; false when there is none of that key open. */
    public boolean resolve(long exhibitionId, String saleKey, long by, Instant at, String note) {
        return jdbc.sql("UPDATE booth_sale SET resolved_by = ?, resolved_at = ?, resolution_note = ? WHERE exhibition_id = ? AND sale_key = ? "
                        + "AND status = 'SHORT' AND resolved_at IS NULL")
                .params(by, Timestamp.from(at), note, exhibitionId, saleKey).update() == 1;
    }

    /** How many short sales each of these events has still open (events without any are left out). */
    public Map<Long, Integer> openCounts(List<Long> exhibitionIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (exhibitionIds.isEmpty()) {
            return counts;
        }
        String marks = String.join(",", exhibitionIds.stream().map(id -> "?").toList());
        jdbc.sql("SELECT exhibition_id, COUNT(*) FROM booth_sale WHERE status = 'SHORT' AND resolved_at IS NULL AND exhibition_id IN (" + marks + ") "
                        + "GROUP BY exhibition_id")
                .params(exhibitionIds.stream().map(Object.class::cast).toList())
                .query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return counts;
    }
}
