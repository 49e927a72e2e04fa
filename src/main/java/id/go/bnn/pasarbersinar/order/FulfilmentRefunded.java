package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/**
 * Money of a paid parcel went back to the buyer, confirmed by the payment provider. {@code refundId} is unique per
 * refund (a parcel may be refunded in several parts), so a listener can post each refund exactly once.
 */
public record FulfilmentRefunded(String refundId, String orderNumber, long fulfilmentId, long groupId, Money items,
        Money shipping, boolean wholeFulfilment, Instant refundedAt) {

    public Money total() {
        return items.plus(shipping);
    }
}
