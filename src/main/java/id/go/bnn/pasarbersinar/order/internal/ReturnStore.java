package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.ReturnCase;
import id.go.bnn.pasarbersinar.order.ReturnReason;
import id.go.bnn.pasarbersinar.order.ReturnStatus;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The return tables. Every move of a return is a conditional update on its status, so a second click or a second node
 * finds it moved and changes nothing.
 */
@Component
public class ReturnStore {

    /** A return's row with its parcel and order. */
    public record Row(long id, long fulfilmentId, String orderNumber, Long accountId, String buyerEmail, String buyerName, long groupId,
            String groupName, String provinceCode, ReturnReason reason, String description, ReturnStatus status, Instant requestedAt,
            String declineReason, String returnTracking, String decisionNote, Money refundAmount, boolean platformCost, String refundId,
            Money returnPostage, Money refundPostage, Money parcelShipping, boolean shippingRefunded) {
    }

    private static final String SELECT = "SELECT r.id, r.fulfilment_id, o.number, o.account_id, o.buyer_email, o.buyer_name, f.group_id, "
            + "f.group_name, f.province_code, r.reason, r.description, r.status, r.requested_at, r.decline_reason, r.return_tracking, "
            + "r.decision_note, r.refund_amount, r.platform_cost, r.refund_id, r.return_postage, r.refund_postage, f.shipping, f.shipping_refunded "
            + "FROM order_return r "
            + "JOIN fulfilment f ON f.id = r.fulfilment_id JOIN customer_order o ON o.id = f.order_id ";

    private final JdbcClient jdbc;

    ReturnStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long fulfilmentId, ReturnReason reason, String description, Instant at, Map<Long, Integer> quantities,
            List<String> photos) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO order_return (fulfilment_id, reason, description, status, requested_at) VALUES (?, ?, ?, 'REQUESTED', ?)")
                .params(fulfilmentId, reason.name(), description, Timestamp.from(at)).update(key, "id");
        long id = key.getKey().longValue();
        quantities.forEach((line, quantity) -> jdbc.sql("INSERT INTO order_return_line (return_id, line_id, quantity) VALUES (?, ?, ?)")
                .params(id, line, quantity).update());
        for (int i = 0; i < photos.size(); i++) {
            jdbc.sql("INSERT INTO order_return_photo (return_id, position, image_hash) VALUES (?, ?, ?)").params(id, i, photos.get(i)).update();
        }
        return id;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + "WHERE r.id = ?").param(id).query(ReturnStore::row).optional();
    }

    /** The row locked against a concurrent move of the same return. */
    public Optional<Row> lock(long id) {
        jdbc.sql("SELECT id FROM order_return WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return find(id);
    }

    public List<Row> ofOrder(String number) {
        return jdbc.sql(SELECT + "WHERE o.number = ? ORDER BY r.id").param(number).query(ReturnStore::row).list();
    }

    public List<Row> ofGroup(long groupId, int limit) {
        return jdbc.sql(SELECT + "WHERE f.group_id = ? ORDER BY r.id DESC LIMIT ?").params(groupId, limit).query(ReturnStore::row).list();
    }

    /** Returns in these statuses, of the given provinces (null: every province), oldest first. */
    public List<Row> inStatus(Collection<ReturnStatus> statuses, Collection<String> provinces, int limit) {
        List<String> names = statuses.stream().map(Enum::name).toList();
        if (provinces == null) {
            return jdbc.sql(SELECT + "WHERE r.status IN (:statuses) ORDER BY r.requested_at LIMIT :limit")
                    .param("statuses", names).param("limit", limit).query(ReturnStore::row).list();
        }
        if (provinces.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE r.status IN (:statuses) AND f.province_code IN (:provinces) ORDER BY r.requested_at LIMIT :limit")
                .param("statuses", names).param("provinces", List.copyOf(provinces)).param("limit", limit).query(ReturnStore::row).list();
    }

    /** Whether the parcel has a return still running. */
    public boolean hasOpen(long fulfilmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM order_return WHERE fulfilment_id = ? AND status NOT IN ('REFUNDED', 'DECIDED')")
                .param(fulfilmentId).query(Integer.class).single() > 0;
    }

    public List<ReturnCase.Line> lines(long returnId) {
        return jdbc.sql("SELECT l.id, l.title, l.title_en, r.quantity, l.unit_price FROM order_return_line r JOIN order_line l ON l.id = r.line_id "
                        + "WHERE r.return_id = ? ORDER BY l.id")
                .param(returnId)
                .query((rs, n) -> new ReturnCase.Line(rs.getLong(1), new LocalizedText(rs.getString(2), rs.getString(3)), rs.getInt(4),
                        Money.rupiah(rs.getLong(5))))
                .list();
    }

    public List<String> photos(long returnId) {
        return jdbc.sql("SELECT image_hash FROM order_return_photo WHERE return_id = ? ORDER BY position").param(returnId).query(String.class).list();
    }

    /** Moves the return from one status to another; false when it was not in {@code from} any more. */
    public boolean move(long id, ReturnStatus from, ReturnStatus to) {
        return jdbc.sql("UPDATE order_return SET status = ? WHERE id = ? AND status = ?").params(to.name(), id, from.name()).update() == 1;
    }

    public void answered(long id, Instant at, String declineReason) {
        jdbc.sql("UPDATE order_return SET answered_at = ?, decline_reason = ? WHERE id = ?").params(Timestamp.from(at), declineReason, id).update();
    }

    /** The buyer sent the items back; {@code postage} is what the buyer says it paid (null: nothing to refund). */
    public void shippedBack(long id, String tracking, Money postage, Instant at) {
        jdbc.sql("UPDATE order_return SET return_tracking = ?, return_postage = ?, shipped_back_at = ? WHERE id = ?")
                .params(tracking, postage == null ? null : postage.rupiah(), Timestamp.from(at), id).update();
    }

    public void escalated(long id, Instant at) {
        jdbc.sql("UPDATE order_return SET escalated_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    /** The refund on receipt: {@code amount} in all, of which {@code postage} for the return shipping. */
    public void refunding(long id, String refundId, Money amount, Money postage) {
        jdbc.sql("UPDATE order_return SET refund_id = ?, refund_amount = ?, refund_postage = ? WHERE id = ?")
                .params(refundId, amount.rupiah(), postage.rupiah(), id).update();
    }

    /** The curator's decision: {@code amount} for the items plus {@code postage} for the return shipping. */
    public void decided(long id, Long curator, String note, Money amount, Money postage, boolean platformCost, String refundId, Instant at) {
        jdbc.sql("UPDATE order_return SET decided_at = ?, decided_by = ?, decision_note = ?, refund_amount = ?, refund_postage = ?, "
                        + "platform_cost = ?, refund_id = ? WHERE id = ?")
                .params(Timestamp.from(at), curator, note, amount.plus(postage).rupiah(), postage.rupiah(), platformCost, refundId, id).update();
    }

    /** The return a refund was sent for, if any. */
    public Optional<Long> byRefund(String refundId) {
        return jdbc.sql("SELECT id FROM order_return WHERE refund_id = ?").param(refundId).query(Long.class).optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long amount = rs.getLong(17);
        Money refund = rs.wasNull() ? null : Money.rupiah(amount);
        long account = rs.getLong(4);
        Long accountId = rs.wasNull() ? null : account;
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), accountId, rs.getString(5), rs.getString(6), rs.getLong(7),
                rs.getString(8), rs.getString(9), ReturnReason.valueOf(rs.getString(10)), rs.getString(11), ReturnStatus.valueOf(rs.getString(12)),
                OrderStore.instant(rs.getTimestamp(13)), rs.getString(14), rs.getString(15), rs.getString(16), refund, rs.getBoolean(18),
                rs.getString(19), money(rs, 20), money(rs, 21), Money.rupiah(rs.getLong(22)),
                rs.getBoolean(23));
    }

    private static Money money(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Money.rupiah(value);
    }
}
