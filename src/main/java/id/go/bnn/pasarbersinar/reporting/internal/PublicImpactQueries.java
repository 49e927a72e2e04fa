package id.go.bnn.pasarbersinar.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public impact figures, aggregated in SQL from the payout module's ledger and its projection of paid parcels
 * (never loading entries). The definitions are shared with the staff dashboards so that the numbers agree:
 * <ul>
 * <li>paid to makers in a year: the sum of the {@code payout-paid:<payoutId>} postings to {@code GROUP_PAID_OUT}
 * booked in that calendar year (Asia/Jakarta; the caller passes the year's bounds);</li>
 * <li>earned by a group through the shop: its {@code paid:<fulfilmentId>} credits of the items (items − commission)
 * minus what its {@code refund:<refundId>} debits took back of them (items − commission back), all time; the shipping
 * passed through to couriers (credited with the parcel, less shipping refunded) is counted apart and is no income;</li>
 * <li>groups reached in a year: groups with at least one parcel paid in the year ({@code payout_fulfilment.paid_at},
 * written by the {@code paid:} posting); provinces reached: the provinces of those groups.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
public class PublicImpactQueries {

    private final JdbcClient jdbc;

    PublicImpactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A group reached in the year, as the public page lists it. */
    public record ReachedGroup(long id, String slug, String name, String provinceCode, String regency, boolean isPublic,
            boolean consent) {
    }

    /** Sum of payout-paid postings to GROUP_PAID_OUT booked in [from, to). */
    public long paidToMakers(Instant from, Instant to) {
        return jdbc.sql("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE e.account = 'GROUP_PAID_OUT' AND t.source_key LIKE 'payout-paid:%' AND t.booked_at >= ? AND t.booked_at < ?")
                .params(Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }

    /** What a group earned and what passed through it to couriers, all time. */
    public record Earned(long income, long shipping) {
    }

    /**
     * Per group (id > 0), all time: the makers' income (the {@code items} credits of paid: postings and the refund:
     * debits, less the shipping part of those debits) and the shipping passed to couriers (the {@code shipping} credits
     * less the shipping refunded). A refund posting books its shipping part apart on the platform's side
     * ({@code PLATFORM_REFUNDS}, memo {@code refund shipping}), given to the group by the parcel.
     */
    public Map<Long, Earned> earnedByGroup() {
        return jdbc.sql(EARNED + " GROUP BY x.group_id")
                .query((rs, row) -> Map.entry(rs.getLong(1), new Earned(rs.getLong(2), rs.getLong(3)))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** One group's income as {@link #earnedByGroup()} counts it. */
    public long earnedBy(long groupId) {
        return jdbc.sql(EARNED + " WHERE x.group_id = ? GROUP BY x.group_id").param(groupId)
                .query((rs, row) -> rs.getLong(2)).optional().orElse(0L);
    }

    private static final String EARNED = "SELECT x.group_id, SUM(x.income), SUM(x.shipping) FROM ("
            + "SELECT e.group_id, CASE WHEN e.memo = 'shipping' THEN 0 ELSE e.amount END AS income, "
            + "CASE WHEN e.memo = 'shipping' THEN e.amount ELSE 0 END AS shipping "
            + "FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
            + "WHERE e.account IN ('GROUP_PENDING', 'GROUP_AVAILABLE') AND e.group_id <> 0 "
            + "AND (t.source_key LIKE 'paid:%' OR t.source_key LIKE 'refund:%') "
            + "UNION ALL SELECT f.group_id, e.amount, -e.amount FROM ledger_entry e JOIN payout_fulfilment f ON f.fulfilment_id = e.fulfilment_id "
            + "WHERE e.account = 'PLATFORM_REFUNDS' AND e.memo = 'refund shipping') x";

    /** Groups with at least one parcel paid in [from, to), with their current province; by province, then name. */
    public List<ReachedGroup> reached(Instant from, Instant to) {
        return jdbc.sql("SELECT g.id, g.slug, g.name, g.province_code, g.regency, g.verification, g.impact_consent FROM producer_group g "
                        + "WHERE g.id IN (SELECT f.group_id FROM payout_fulfilment f WHERE f.paid_at >= ? AND f.paid_at < ?) "
                        + "ORDER BY g.province_code, g.name")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> new ReachedGroup(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        "VERIFIED".equals(rs.getString(6)), rs.getBoolean(7)))
                .list();
    }

    /** Whether the group agreed to show its earnings and is public. */
    public boolean consents(long groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM producer_group WHERE id = ? AND impact_consent = TRUE AND verification = 'VERIFIED'")
                .param(groupId).query(Long.class).single() > 0;
    }

    /**
     * What changes the figures: the newest ledger transaction, the newest consent switch and any change to a group
     * (its version, its last change, their number). A few aggregate look-ups; the cache compares it before answering.
     */
    public String stamp() {
        return jdbc.sql("SELECT CONCAT(COALESCE((SELECT MAX(id) FROM ledger_transaction), 0), '/', "
                        + "COALESCE((SELECT MAX(id) FROM producer_group_consent), 0), '/', "
                        + "(SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(version), 0), '/', COALESCE(CAST(MAX(updated_at) AS CHAR), '-')) "
                        + "FROM producer_group))")
                .query(String.class).single();
    }
}
