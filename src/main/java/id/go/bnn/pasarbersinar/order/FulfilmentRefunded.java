package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/**
 * Money of a paid parcel went back to the buyer, confirmed by the payment provider. {@code refundId} is unique per
 * refund (a parcel may be refunded in several parts), so a listener can post each refund exactly once.
 * {@code platformCost}: a curator decided a dispute at the platform's cost, so the group's earnings stay as they were.
 */
public record FulfilmentRefunded(String refundId, String orderNumber, long fulfilmentId, long groupId, Money items,
        Money shipping, boolean wholeFulfilment, Instant refundedAt, boolean platformCost) {

    /** A refund at the group's cost (every refund but a curator's decision at the platform's). */
    public FulfilmentRefunded(String refundId, String orderNumber, long fulfilmentId, long groupId, Money items, Money shipping,
            boolean wholeFulfilment, Instant refundedAt) {
        this(refundId, orderNumber, fulfilmentId, groupId, items, shipping, wholeFulfilment, refundedAt, false);
    }

    public Money total() {
        return items.plus(shipping);
    }
}
