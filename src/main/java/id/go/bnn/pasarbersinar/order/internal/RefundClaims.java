package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.payment.RefundRequest;
import id.go.bnn.pasarbersinar.shared.Money;
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
    private final RefundStore refunds;
    private final Clock clock;

    RefundClaims(OrderStore store, RefundStore refunds, Clock clock) {
        this.store = store;
        this.refunds = refunds;
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
        List<RefundStore.ClaimedLine> claimed = new ArrayList<>();
        for (OrderStore.LineQuantity line : lines) {
            Integer asked = rest ? Integer.valueOf(line.quantity()) : quantities.get(line.lineId());
            int quantity = asked == null ? 0 : asked;
            if (quantity < 0 || quantity > line.quantity()) {
                throw new OrderException("order.refund.error.quantity");
            }
            if (quantity == 0) {
                continue;
            }
            if (!refunds.claimLine(line.lineId(), quantity)) {
                // Someone else claimed these items since they were read: refuse, the transaction rolls back.
                throw new OrderException("order.refund.error.quantity");
            }
            items = items.plus(line.unitPrice().times(quantity));
            claimed.add(new RefundStore.ClaimedLine(line.lineId(), quantity));
        }
        Money shipping = Money.ZERO;
        if (rest && refunds.claimShipping(f.id())) {
            shipping = f.shipping();
        }
        if (items.plus(shipping).rupiah() <= 0) {
            if (cancelledFrom != null) {
                return Optional.empty();
            }
            throw new OrderException("order.refund.error.nothing");
        }
        String refundId = "R-" + UUID.randomUUID();
        refunds.insertRefund(refundId, f.id(), items, shipping, rest, restock, clock.instant(), cancelledFrom);
        for (RefundStore.ClaimedLine line : claimed) {
            refunds.insertLine(refundId, line);
        }
        String reason = cancelledFrom != null ? "fulfilment cancelled" : rest ? "fulfilment refunded" : "items refunded";
        return Optional.of(new RefundRequest(refundId, f.orderNumber(), items.plus(shipping), reason));
    }

    /**
     * Claims the refund of a return or a dispute: the returned quantities (so they cannot be refunded again) for
     * {@code amount}, at most what they are worth, plus {@code postage} for the return shipping, booked as the refund's
     * shipping part. The postage takes the parcel's shipping claim, so it is at most the parcel's shipping and items,
     * shipping and postage together never pass what the parcel was paid. Refuses an amount above that
     * ("order.return.error.amount"), postage the parcel's shipping no longer covers ("order.return.error.postage-taken")
     * or quantities no longer left ("order.refund.error.quantity").
     */
    public RefundRequest claimReturn(OrderStore.FulfilmentRef f, Map<Long, Integer> quantities, Money amount, Money postage, boolean restock,
            boolean platformCost) {
        List<OrderStore.LineQuantity> lines = store.linesOfFulfilment(f.id());
        Money value = Money.ZERO;
        List<RefundStore.ClaimedLine> claimed = new ArrayList<>();
        for (Map.Entry<Long, Integer> asked : quantities.entrySet()) {
            OrderStore.LineQuantity line = lines.stream().filter(l -> l.lineId() == asked.getKey()).findFirst()
                    .orElseThrow(() -> new OrderException("order.refund.error.quantity"));
            if (asked.getValue() <= 0 || !refunds.claimLine(line.lineId(), asked.getValue())) {
                throw new OrderException("order.refund.error.quantity");
            }
            value = value.plus(line.unitPrice().times(asked.getValue()));
            claimed.add(new RefundStore.ClaimedLine(line.lineId(), asked.getValue()));
        }
        // What was refunded already counts items and shipping (or an earlier return's postage) together: compare it with
        // the whole of what the parcel was paid, while the claimed lines bound the items themselves.
        long left = f.items().rupiah() + f.shipping().rupiah() - f.refunded().rupiah();
        if (amount.rupiah() <= 0 || amount.rupiah() > value.rupiah() || amount.rupiah() + Math.max(0, postage.rupiah()) > left) {
            throw new OrderException("order.return.error.amount");
        }
        if (postage.rupiah() < 0 || (postage.rupiah() > 0 && (postage.compareTo(f.shipping()) > 0 || !refunds.claimShipping(f.id())))) {
            throw new OrderException("order.return.error.postage-taken");
        }
        String refundId = "R-" + UUID.randomUUID();
        refunds.insertRefund(refundId, f.id(), amount, postage, false, restock, clock.instant(), null, platformCost);
        claimed.forEach(line -> refunds.insertLine(refundId, line));
        return new RefundRequest(refundId, f.orderNumber(), amount.plus(postage), platformCost ? "dispute decided at the platform's cost"
                : postage.rupiah() > 0 ? "items returned, with the return postage" : "items returned");
    }

    /** Whether a refund of the parcel was asked for and the provider has not settled it yet. */
    public boolean hasOpenRefund(long fulfilmentId) {
        return refunds.hasOpenRefund(fulfilmentId);
    }

    /**
     * A refund that will not happen (the provider refused it, or the shop's own limits did): its quantities and its
     * shipping are refundable again, and a cancel's parcel goes back to where it stood. Once per refund; true for the
     * one caller that failed it. Runs in the caller's transaction.
     */
    public boolean fail(String refundId) {
        Optional<RefundStore.OpenRefund> open = refunds.open(refundId);
        if (open.isEmpty()) {
            return false;
        }
        long fulfilmentId = open.get().fulfilmentId();
        store.lockFulfilment(fulfilmentId);
        if (!refunds.markFailed(refundId, clock.instant())) {
            return false;
        }
        refunds.claimedLines(refundId).forEach(refunds::releaseLine);
        if (open.get().shipping().rupiah() > 0) {
            refunds.releaseShipping(fulfilmentId);
        }
        if (open.get().cancelledFrom() != null) {
            refunds.uncancel(fulfilmentId, open.get().cancelledFrom());
            log.warn("Refund {} of a cancelled parcel failed; parcel {} is back in state {} with its money", refundId,
                    open.get().fulfilmentId(), open.get().cancelledFrom());
        } else {
            log.warn("Refund {} of parcel {} failed; its items are refundable again", refundId, open.get().fulfilmentId());
        }
        return true;
    }
}
