package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.payment.RefundRequest;
import id.go.bnn.pasarbersinar.shared.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The refund tables and the claims refunds hold on lines and shipping. Claims and settlements are conditional updates
 * that say whether they won: two refunds at the same moment can never claim, give back or settle the same thing twice.
 */
@Component
class RefundStore {

    /** A refund asked for and not settled yet. {@code cancelledFrom} is null for a refund that is not a cancel's. */
    record OpenRefund(long fulfilmentId, Money items, Money shipping, boolean whole, boolean restock, String cancelledFrom,
            boolean platformCost) {
    }

    /** A quantity of a line a refund claimed. */
    record ClaimedLine(long lineId, int quantity) {
    }

    /** A quantity of a line a refund claimed, with the variant whose stock it came from. */
    record RefundedLine(long lineId, int quantity, long variantId) {
    }

    private final JdbcClient jdbc;

    RefundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims {@code quantity} more of a line; false when less than that is left (someone else claimed it first). */
    boolean claimLine(long lineId, int quantity) {
        return jdbc.sql("UPDATE order_line SET refunded_quantity = refunded_quantity + ? WHERE id = ? "
                + "AND refunded_quantity + ? <= quantity").params(quantity, lineId, quantity).update() == 1;
    }

    /** Claims the parcel's shipping; false when an earlier refund holds it. */
    boolean claimShipping(long fulfilmentId) {
        return jdbc.sql("UPDATE fulfilment SET shipping_refunded = TRUE WHERE id = ? AND shipping_refunded = FALSE")
                .param(fulfilmentId).update() == 1;
    }

    void insertRefund(String refundId, long fulfilmentId, Money items, Money shipping, boolean whole, boolean restock, Instant at,
            FulfilmentStatus cancelledFrom) {
        insertRefund(refundId, fulfilmentId, items, shipping, whole, restock, at, cancelledFrom, false);
    }

    /** {@code platformCost}: a curator decided the platform bears it, not the group (the ledger books it so). */
    void insertRefund(String refundId, long fulfilmentId, Money items, Money shipping, boolean whole, boolean restock, Instant at,
            FulfilmentStatus cancelledFrom, boolean platformCost) {
        jdbc.sql("INSERT INTO order_refund (refund_id, fulfilment_id, items, shipping, whole, restock, status, created_at, cancelled_from, "
                        + "platform_cost) VALUES (?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?)")
                .params(refundId, fulfilmentId, items.rupiah(), shipping.rupiah(), whole, restock, Timestamp.from(at),
                        cancelledFrom == null ? null : cancelledFrom.name(), platformCost)
                .update();
    }

    void insertLine(String refundId, ClaimedLine line) {
        jdbc.sql("INSERT INTO order_refund_line (refund_id, line_id, quantity) VALUES (?, ?, ?)")
                .params(refundId, line.lineId(), line.quantity()).update();
    }

    boolean hasOpenRefund(long fulfilmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM order_refund WHERE fulfilment_id = ? AND status = 'REQUESTED'")
                .param(fulfilmentId).query(Integer.class).single() > 0;
    }

    Optional<OpenRefund> open(String refundId) {
        return jdbc.sql("SELECT fulfilment_id, items, shipping, whole, restock, cancelled_from, platform_cost FROM order_refund "
                        + "WHERE refund_id = ? AND status = 'REQUESTED'")
                .param(refundId)
                .query((rs, row) -> new OpenRefund(rs.getLong(1), Money.rupiah(rs.getLong(2)), Money.rupiah(rs.getLong(3)),
                        rs.getBoolean(4), rs.getBoolean(5), rs.getString(6), rs.getBoolean(7)))
                .optional();
    }

    /** Whether the refund was a cancel's (whatever its state now). */
    boolean isCancelRefund(String refundId) {
        return jdbc.sql("SELECT COUNT(*) FROM order_refund WHERE refund_id = ? AND cancelled_from IS NOT NULL")
                .param(refundId).query(Integer.class).single() > 0;
    }

    /** Settles an open refund as failed; false when it was not open (settled already, by another caller). */
    boolean markFailed(String refundId, Instant at) {
        return jdbc.sql("UPDATE order_refund SET status = 'FAILED', settled_at = ? WHERE refund_id = ? AND status = 'REQUESTED'")
                .params(Timestamp.from(at), refundId).update() == 1;
    }

    /** Settles an open refund as paid back; false when it was not open (settled already, by another caller). */
    boolean markSucceeded(String refundId, Instant at) {
        return jdbc.sql("UPDATE order_refund SET status = 'SUCCEEDED', settled_at = ? WHERE refund_id = ? AND status = 'REQUESTED'")
                .params(Timestamp.from(at), refundId).update() == 1;
    }

    List<ClaimedLine> claimedLines(String refundId) {
        return jdbc.sql("SELECT line_id, quantity FROM order_refund_line WHERE refund_id = ?").param(refundId)
                .query((rs, row) -> new ClaimedLine(rs.getLong(1), rs.getInt(2))).list();
    }

    List<RefundedLine> refundedLines(String refundId) {
        return jdbc.sql("SELECT r.line_id, r.quantity, l.variant_id FROM order_refund_line r "
                        + "JOIN order_line l ON l.id = r.line_id WHERE r.refund_id = ?")
                .param(refundId)
                .query((rs, row) -> new RefundedLine(rs.getLong(1), rs.getInt(2), rs.getLong(3)))
                .list();
    }

    /** Gives a failed refund's claim on a line back (never below nothing claimed). */
    void releaseLine(ClaimedLine line) {
        jdbc.sql("UPDATE order_line SET refunded_quantity = refunded_quantity - ? WHERE id = ? "
                + "AND refunded_quantity >= ?").params(line.quantity(), line.lineId(), line.quantity()).update();
    }

    void releaseShipping(long fulfilmentId) {
        jdbc.sql("UPDATE fulfilment SET shipping_refunded = FALSE WHERE id = ?").param(fulfilmentId).update();
    }

    /** Puts a cancelled parcel back in the state its cancel moved it from; only while it is still cancelled. */
    void uncancel(long fulfilmentId, String cancelledFrom) {
        jdbc.sql("UPDATE fulfilment SET status = ?, version = version + 1 WHERE id = ? AND status = 'CANCELLED'")
                .params(cancelledFrom, fulfilmentId).update();
    }

    /** Adds a settled refund's amount to what the parcel has paid back. */
    void addRefunded(long fulfilmentId, Money amount) {
        jdbc.sql("UPDATE fulfilment SET refunded = refunded + ?, version = version + 1 WHERE id = ?")
                .params(amount.rupiah(), fulfilmentId).update();
    }

    /** Refunds still open that were asked for before {@code before}, as they are sent to the provider again. */
    List<RefundRequest> openBefore(Instant before) {
        return jdbc.sql("SELECT r.refund_id, o.number, r.items + r.shipping, r.whole FROM order_refund r JOIN fulfilment f ON f.id = r.fulfilment_id "
                        + "JOIN customer_order o ON o.id = f.order_id WHERE r.status = 'REQUESTED' AND r.created_at < ?")
                .param(Timestamp.from(before))
                .query((rs, row) -> new RefundRequest(rs.getString(1), rs.getString(2), Money.rupiah(rs.getLong(3)),
                        rs.getBoolean(4) ? "fulfilment refunded" : "items refunded"))
                .list();
    }
}
