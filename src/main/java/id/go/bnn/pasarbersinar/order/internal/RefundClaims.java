package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.payment.RefundRequest;
import id.go.bnn.pasarbersinar.shared.Money;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A refund is decided against what was asked, not what has settled: the lines' quantities and the parcel's shipping
 * are claimed when the refund is requested, by conditional updates ({@code refunded_quantity + n <= quantity},
 * {@code shipping_refunded = FALSE}), so two refunds started at the same moment can never return more together than
 * was paid. A refund that fails gives its claims back (and a cancel whose refund fails puts the parcel back where it
 * stood). The caller holds the parcel's row lock ({@link OrderStore#lockFulfilment}).
 */
@Component
public class RefundClaims {

    private static final Logger log = LoggerFactory.getLogger(RefundClaims.class);

    private final OrderStore store;
    private final Clock clock;

    RefundClaims(OrderStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Claims a refund of a locked parcel: the given quantities by line id (their price, no shipping), or with no
     * quantities "the rest": every item not yet refunded plus the shipping unless an earlier refund took it.
     * {@code cancelledFrom} is the state a cancel moved the parcel from (null for a refund). Empty when a cancel finds
     * nothing left to pay back; refuses with {@link OrderException} (and the caller's transaction rolls back) a
     * quantity that is unknown, negative or more than is left.
     */
    public Optional<RefundRequest> claim(OrderStore.FulfilmentRef f, Map<Long, Integer> quantities, boolean restock,
            FulfilmentStatus cancelledFrom) {
        List<OrderStore.LineQuantity> lines = store.linesOfFulfilment(f.id());
        boolean rest = quantities.isEmpty();
        if (quantities.keySet().stream().anyMatch(id -> id == null || lines.stream().noneMatch(line -> line.lineId() == id))) {
            throw new OrderException("order.refund.error.quantity");
        }
        Money items = Money.ZERO;
        List<long[]> claimed = new ArrayList<>();
        for (OrderStore.LineQuantity line : lines) {
            Integer asked = rest ? Integer.valueOf(line.quantity()) : quantities.get(line.lineId());
            int quantity = asked == null ? 0 : asked;
            if (quantity < 0 || quantity > line.quantity()) {
                throw new OrderException("order.refund.error.quantity");
            }
            if (quantity == 0) {
                continue;
            }
            int updated = store.jdbc().sql("UPDATE order_line SET refunded_quantity = refunded_quantity + ? WHERE id = ? "
                    + "AND refunded_quantity + ? <= quantity").params(quantity, line.lineId(), quantity).update();
            if (updated != 1) {
                // Someone else claimed these items since they were read: refuse, the transaction rolls back.
                throw new OrderException("order.refund.error.quantity");
            }
            items = items.plus(line.unitPrice().times(quantity));
            claimed.add(new long[] {line.lineId(), quantity});
        }
        Money shipping = Money.ZERO;
        if (rest && store.jdbc().sql("UPDATE fulfilment SET shipping_refunded = TRUE WHERE id = ? AND shipping_refunded = FALSE")
                .param(f.id()).update() == 1) {
            shipping = f.shipping();
        }
        if (items.plus(shipping).rupiah() <= 0) {
            if (cancelledFrom != null) {
                return Optional.empty();
            }
            throw new OrderException("order.refund.error.nothing");
        }
        String refundId = "R-" + UUID.randomUUID();
        store.jdbc().sql("INSERT INTO order_refund (refund_id, fulfilment_id, items, shipping, whole, restock, status, created_at, cancelled_from) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)")
                .params(refundId, f.id(), items.rupiah(), shipping.rupiah(), rest, restock, Timestamp.from(clock.instant()),
                        cancelledFrom == null ? null : cancelledFrom.name())
                .update();
        for (long[] line : claimed) {
            store.jdbc().sql("INSERT INTO order_refund_line (refund_id, line_id, quantity) VALUES (?, ?, ?)")
                    .params(refundId, line[0], (int) line[1]).update();
        }
        String reason = cancelledFrom != null ? "fulfilment cancelled" : rest ? "fulfilment refunded" : "items refunded";
        return Optional.of(new RefundRequest(refundId, f.orderNumber(), items.plus(shipping), reason));
    }

    /** Whether a refund of the parcel was asked for and the provider has not settled it yet. */
    public boolean hasOpenRefund(long fulfilmentId) {
        return store.jdbc().sql("SELECT COUNT(*) FROM order_refund WHERE fulfilment_id = ? AND status = 'REQUESTED'")
                .param(fulfilmentId).query(Integer.class).single() > 0;
    }

    /**
     * A refund that will not happen (the provider refused it, or the shop's own limits did): its quantities and its
     * shipping are refundable again, and a cancel's parcel goes back to where it stood. Once per refund; true for the
     * one caller that failed it. Runs in the caller's transaction.
     */
    public boolean fail(String refundId) {
        record Open(long fulfilmentId, long shipping, String cancelledFrom) {
        }
        Optional<Open> open = store.jdbc().sql("SELECT fulfilment_id, shipping, cancelled_from FROM order_refund WHERE refund_id = ? AND status = 'REQUESTED'")
                .param(refundId).query((rs, row) -> new Open(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
        if (open.isEmpty()) {
            return false;
        }
        store.lockFulfilment(open.get().fulfilmentId());
        if (store.jdbc().sql("UPDATE order_refund SET status = 'FAILED', settled_at = ? WHERE refund_id = ? AND status = 'REQUESTED'")
                .params(Timestamp.from(clock.instant()), refundId).update() != 1) {
            return false;
        }
        store.jdbc().sql("SELECT line_id, quantity FROM order_refund_line WHERE refund_id = ?").param(refundId)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getInt(2)}).list()
                .forEach(line -> store.jdbc().sql("UPDATE order_line SET refunded_quantity = refunded_quantity - ? WHERE id = ? "
                        + "AND refunded_quantity >= ?").params((int) line[1], line[0], (int) line[1]).update());
        if (open.get().shipping() > 0) {
            store.jdbc().sql("UPDATE fulfilment SET shipping_refunded = FALSE WHERE id = ?").param(open.get().fulfilmentId()).update();
        }
        if (open.get().cancelledFrom() != null) {
            store.jdbc().sql("UPDATE fulfilment SET status = ?, version = version + 1 WHERE id = ? AND status = 'CANCELLED'")
                    .params(open.get().cancelledFrom(), open.get().fulfilmentId()).update();
            log.warn("Refund {} of a cancelled parcel failed; parcel {} is back in state {} with its money", refundId,
                    open.get().fulfilmentId(), open.get().cancelledFrom());
        } else {
            log.warn("Refund {} of parcel {} failed; its items are refundable again", refundId, open.get().fulfilmentId());
        }
        return true;
    }
}
