package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * One of a buyer's orders in their list: number, date, total, each parcel's state and what was bought (each line's
 * label as it was when ordered, in both languages, with its quantity, in the order of the parcels).
 */
public record OrderSummary(String number, Instant createdAt, OrderStatus status, Money total, List<FulfilmentStatus> parcels,
        List<Item> items) {

    public OrderSummary {
        parcels = List.copyOf(parcels);
        items = List.copyOf(items);
    }

    /** One order line: what was bought as it was named when ordered, and how many. */
    public record Item(LocalizedText label, int quantity) {
    }
}
