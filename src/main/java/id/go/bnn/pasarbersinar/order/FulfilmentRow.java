package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * A parcel in a list of parcels to handle (the group's, the province's). {@code lines} is what goes in it (each line
 * less what was refunded; empty where a list does not show contents).
 */
public record FulfilmentRow(long fulfilmentId, String orderNumber, Instant orderedAt, long groupId, String groupName,
        String provinceCode, FulfilmentStatus status, Money items, Money shipping, String buyerName, String destination,
        String courier, String trackingNumber, List<OrderSummary.Item> lines) {

    public FulfilmentRow {
        lines = List.copyOf(lines);
    }

    public FulfilmentRow(long fulfilmentId, String orderNumber, Instant orderedAt, long groupId, String groupName, String provinceCode,
            FulfilmentStatus status, Money items, Money shipping, String buyerName, String destination, String courier,
            String trackingNumber) {
        this(fulfilmentId, orderNumber, orderedAt, groupId, groupName, provinceCode, status, items, shipping, buyerName, destination,
                courier, trackingNumber, List.of());
    }

    public FulfilmentRow withLines(List<OrderSummary.Item> contents) {
        return new FulfilmentRow(fulfilmentId, orderNumber, orderedAt, groupId, groupName, provinceCode, status, items, shipping, buyerName,
                destination, courier, trackingNumber, contents);
    }
}
