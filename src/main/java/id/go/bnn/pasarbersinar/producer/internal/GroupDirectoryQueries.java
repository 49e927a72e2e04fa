package id.go.bnn.pasarbersinar.producer.internal;

import id.go.bnn.pasarbersinar.producer.GroupDirectory.Entry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind {@link id.go.bnn.pasarbersinar.producer.GroupDirectory}. */
@Repository
public class GroupDirectoryQueries {

    private static final String COLUMNS = "SELECT g.id, g.name, g.slug, g.province_code, g.regency, g.programme_code, g.members_count, "
            + "g.verification, g.impact_consent FROM producer_group g";

    private final JdbcClient jdbc;

    GroupDirectoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Entry> inScope(Set<String> provinces, String programme, Long group) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE 1 = 1");
        if (provinces != null) {
            sql.append(" AND g.province_code IN (").append(String.join(", ", Collections.nCopies(provinces.size(), "?"))).append(')');
            params.addAll(provinces.stream().sorted().toList());
        }
        if (programme != null) {
            sql.append(" AND g.programme_code = ?");
            params.add(programme);
        }
        if (group != null) {
            sql.append(" AND g.id = ?");
            params.add(group);
        }
        Map<Long, Entry> groups = new LinkedHashMap<>();
        jdbc.sql(sql.append(" ORDER BY g.id").toString()).params(params).query(rs -> {
            Entry entry = entry(rs);
            groups.put(entry.id(), entry);
        });
        return groups;
    }

    public List<Entry> byIds(Collection<Long> ids) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        return jdbc.sql(COLUMNS + " WHERE g.id IN (" + String.join(", ", Collections.nCopies(sorted.size(), "?")) + ") ORDER BY g.province_code, g.name")
                .params(new ArrayList<>(sorted)).query((rs, row) -> entry(rs)).list();
    }

    public boolean consents(long group) {
        return jdbc.sql("SELECT COUNT(*) FROM producer_group WHERE id = ? AND impact_consent = TRUE AND verification = 'VERIFIED'")
                .param(group).query(Long.class).single() > 0;
    }

    /** The newest consent switch and any change to a group (its version, its last change, their number). */
    public String stamp() {
        return jdbc.sql("SELECT CONCAT(COALESCE((SELECT MAX(id) FROM producer_group_consent), 0), '/', "
                        + "(SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(version), 0), '/', COALESCE(CAST(MAX(updated_at) AS CHAR), '-')) "
                        + "FROM producer_group))")
                .query(String.class).single();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                "VERIFIED".equals(rs.getString(8)), rs.getBoolean(9));
    }
}
