package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payout module's copy of paid parcels ({@code payout_fulfilment}) and their lines ({@code payout_order_line}), as
 * {@link EarningsPosting} books them: what was paid, delivered, refunded and released.
 */
@Repository
class PayoutFulfilmentStore {

    private final JdbcClient jdbc;

    PayoutFulfilmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code title}: what the line was sold as, kept so the statement never reads the catalog's tables. */
    record Line(long productId, String categoryCode, int quantity, long unitPrice, long total, CommissionRate rate, long commission,
            LocalizedText title) {
    }

    record Fulfilment(long id, long groupId, String orderNumber, long items, long commission, long refundedCommission,
            Instant deliveredAt, Instant releasedAt, long refundedItems) {
    }

    void insertPaid(long fulfilmentId, long groupId, String orderNumber, Instant paidAt, long items, long shipping, long commission,
            List<Line> lines) {
        jdbc.sql("INSERT INTO payout_fulfilment (fulfilment_id, group_id, order_number, paid_at, items, shipping, commission) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(fulfilmentId, groupId, orderNumber, Timestamp.from(paidAt), items, shipping, commission)
                .update();
        for (Line line : lines) {
            jdbc.sql("INSERT INTO payout_order_line (fulfilment_id, product_id, category_code, quantity, unit_price, rate_bp, commission, "
                            + "title_id, title_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(fulfilmentId, line.productId(), line.categoryCode(), line.quantity(), line.unitPrice(),
                            line.rate().basisPoints(), line.commission(), line.title() == null ? null : line.title().id(),
                            line.title() == null ? null : line.title().en())
                    .update();
        }
    }

    /** Notes the first delivery; a later one changes nothing. */
    void markDelivered(long fulfilmentId, Instant deliveredAt) {
        jdbc.sql("UPDATE payout_fulfilment SET delivered_at = ? WHERE fulfilment_id = ? AND delivered_at IS NULL")
                .params(Timestamp.from(deliveredAt), fulfilmentId).update();
    }

    void addRefund(long fulfilmentId, long items, long shipping, long commissionBack) {
        jdbc.sql("UPDATE payout_fulfilment SET refunded_items = refunded_items + ?, refunded_shipping = refunded_shipping + ?, "
                        + "refunded_commission = refunded_commission + ? WHERE fulfilment_id = ?")
                .params(items, shipping, commissionBack, fulfilmentId).update();
    }

    void markReleased(long fulfilmentId, Instant at) {
        jdbc.sql("UPDATE payout_fulfilment SET released_at = ? WHERE fulfilment_id = ?").params(Timestamp.from(at), fulfilmentId).update();
    }

    /** Fulfilments delivered at or before this moment and not released yet, oldest delivery first. */
    List<Long> deliveredUnreleased(Instant deliveredBy, int limit) {
        return jdbc.sql("SELECT fulfilment_id FROM payout_fulfilment WHERE released_at IS NULL AND delivered_at IS NOT NULL AND delivered_at <= ? "
                        + "ORDER BY delivered_at, fulfilment_id LIMIT ?")
                .params(Timestamp.from(deliveredBy), limit).query(Long.class).list();
    }

    /** The fulfilment's row, locked against a concurrent release or refund of the same parcel. */
    java.util.Optional<Fulfilment> lock(long fulfilmentId) {
        return jdbc.sql("SELECT fulfilment_id, group_id, order_number, items, commission, refunded_commission, delivered_at, released_at, "
                        + "refunded_items FROM payout_fulfilment WHERE fulfilment_id = ? FOR UPDATE")
                .param(fulfilmentId)
                .query((rs, row) -> new Fulfilment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getLong(9)))
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
