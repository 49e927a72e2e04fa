package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/** A parcel in a list of parcels to handle (the group's, the province's). */
public record FulfilmentRow(long fulfilmentId, String orderNumber, Instant orderedAt, long groupId, String groupName,
        String provinceCode, FulfilmentStatus status, Money items, Money shipping, String buyerName, String destination,
        String courier, String trackingNumber) {
}
