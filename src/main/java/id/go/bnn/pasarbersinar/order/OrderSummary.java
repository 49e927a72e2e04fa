package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;

/** One of a buyer's orders in their list: number, date, total and each parcel's state. */
public record OrderSummary(String number, Instant createdAt, OrderStatus status, Money total, List<FulfilmentStatus> parcels) {

    public OrderSummary {
        parcels = List.copyOf(parcels);
    }
}
