package id.go.bnn.pasarbersinar.payout.internal;

import static id.go.bnn.pasarbersinar.shared.MonthBoundaries.idsSql;

import id.go.bnn.pasarbersinar.payout.EarningsFigures.Earned;
import id.go.bnn.pasarbersinar.payout.EarningsFigures.Ledger;
import id.go.bnn.pasarbersinar.shared.MonthBoundaries;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link id.go.bnn.pasarbersinar.payout.EarningsFigures}: sums in the database, at most a row per month
 * and group. The month query is covered by the V70 ledger index (account, booked_at, group_id, memo, amount).
 */
@Repository
public class EarningsFigureQueries {

    private final JdbcClient jdbc;

    EarningsFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Ledger> ledger(MonthBoundaries months, Set<Long> groups) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        List<Object> params = new ArrayList<>(months.indexParams());
        params.addAll(months.rangeParams());
        String sql = "SELECT m, group_id, SUM(CASE WHEN account = 'GROUP_PENDING' AND memo = 'items' THEN amount ELSE 0 END), "
                + "SUM(CASE WHEN account = 'GROUP_PENDING' AND memo = 'shipping' THEN amount ELSE 0 END), "
                + "SUM(CASE WHEN memo = 'refund' THEN amount ELSE 0 END), SUM(CASE WHEN account = 'GROUP_PAID_OUT' THEN amount ELSE 0 END) "
                + "FROM (SELECT " + months.indexSql("e.booked_at") + " AS m, e.group_id, e.memo, e.account, e.amount FROM ledger_entry e "
                + "WHERE " + months.rangeSql("e.booked_at") + " AND ("
                + "(e.account = 'GROUP_PENDING' AND e.memo IN ('items', 'shipping', 'refund')) "
                + "OR (e.account = 'GROUP_AVAILABLE' AND e.memo = 'refund') OR e.account = 'GROUP_PAID_OUT')"
                + idsSql("e.group_id", groups, params) + ") x GROUP BY m, group_id";
        jdbc.sql(sql).params(params).query(rs -> {
            long[] s = sums.computeIfAbsent(rs.getInt(1) + ":" + rs.getLong(2), k -> new long[5]);
            s[0] += rs.getLong(3);
            s[1] += rs.getLong(4);
            s[2] += rs.getLong(5);
            s[4] += rs.getLong(6);
        });
        // The shipping part of the refund debits, booked on the platform's side; the parcel names the group.
        List<Object> refundParams = new ArrayList<>(months.indexParams());
        refundParams.addAll(months.rangeParams());
        String refunds = "SELECT m, group_id, SUM(amount) FROM (SELECT " + months.indexSql("e.booked_at") + " AS m, f.group_id, e.amount "
                + "FROM ledger_entry e JOIN payout_fulfilment f ON f.fulfilment_id = e.fulfilment_id "
                + "WHERE e.account = 'PLATFORM_REFUNDS' AND e.memo = 'refund shipping' AND " + months.rangeSql("e.booked_at")
                + idsSql("f.group_id", groups, refundParams) + ") x GROUP BY m, group_id";
        jdbc.sql(refunds).params(refundParams).query(rs -> {
            sums.computeIfAbsent(rs.getInt(1) + ":" + rs.getLong(2), k -> new long[5])[3] += rs.getLong(3);
        });
        List<Ledger> rows = new ArrayList<>();
        sums.forEach((key, s) -> {
            int colon = key.indexOf(':');
            rows.add(new Ledger(Integer.parseInt(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)), s[0], s[1], s[2], s[3], s[4]));
        });
        return rows;
    }

    public long paidToMakers(Instant from, Instant to) {
        return jdbc.sql("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE e.account = 'GROUP_PAID_OUT' AND t.source_key LIKE 'payout-paid:%' AND t.booked_at >= ? AND t.booked_at < ?")
                .params(Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }

    /** Per group (id > 0, or only the one given), all time: income and shipping to couriers as EarningsFigures defines them. */
    public Map<Long, Earned> earned(Long group) {
        List<Object> params = new ArrayList<>();
        String own = group == null ? " AND e.group_id <> 0" : " AND e.group_id = ?";
        if (group != null) {
            params.add(group);
        }
        String parcel = group == null ? "" : " AND f.group_id = ?";
        if (group != null) {
            params.add(group);
        }
        String sql = "SELECT x.group_id, SUM(x.income), SUM(x.shipping) FROM ("
                + "SELECT e.group_id, CASE WHEN e.memo = 'shipping' THEN 0 ELSE e.amount END AS income, "
                + "CASE WHEN e.memo = 'shipping' THEN e.amount ELSE 0 END AS shipping "
                + "FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                + "WHERE e.account IN ('GROUP_PENDING', 'GROUP_AVAILABLE')" + own
                + " AND (t.source_key LIKE 'paid:%' OR t.source_key LIKE 'refund:%' OR (t.source_key LIKE 'booth:%' AND e.memo = 'booth sale')) "
                + "UNION ALL SELECT f.group_id, e.amount, -e.amount FROM ledger_entry e JOIN payout_fulfilment f ON f.fulfilment_id = e.fulfilment_id "
                + "WHERE e.account = 'PLATFORM_REFUNDS' AND e.memo = 'refund shipping'" + parcel + ") x GROUP BY x.group_id";
        Map<Long, Earned> earned = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            earned.put(rs.getLong(1), new Earned(rs.getLong(2), rs.getLong(3)));
        });
        return earned;
    }

    public Set<Long> groupsPaidBetween(Instant from, Instant to) {
        Set<Long> groups = new HashSet<>(jdbc.sql("SELECT DISTINCT group_id FROM payout_fulfilment WHERE paid_at >= ? AND paid_at < ?")
                .params(Timestamp.from(from), Timestamp.from(to)).query(Long.class).list());
        // A group that sold at an exhibition booth was reached too (its sale's posting is booked when the phone recorded it).
        groups.addAll(jdbc.sql("SELECT DISTINCT e.group_id FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE t.source_key LIKE 'booth:%' AND e.account = 'GROUP_AVAILABLE' AND e.memo = 'booth sale' AND t.booked_at >= ? AND t.booked_at < ?")
                .params(Timestamp.from(from), Timestamp.from(to)).query(Long.class).list());
        return groups;
    }

    public long stamp() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM ledger_transaction").query(Long.class).single();
    }
}
