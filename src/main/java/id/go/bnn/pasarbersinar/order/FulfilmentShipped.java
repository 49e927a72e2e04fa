package id.go.bnn.pasarbersinar.order;

import java.time.Instant;

/** A producer group handed its parcel to a courier. */
public record FulfilmentShipped(String orderNumber, long fulfilmentId, long groupId, String courier, String trackingNumber,
        Instant shippedAt) {
}
