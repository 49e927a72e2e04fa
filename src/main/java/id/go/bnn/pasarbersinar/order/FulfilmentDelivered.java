package id.go.bnn.pasarbersinar.order;

import java.time.Instant;

/** A parcel arrived: confirmed by the buyer, or taken as delivered after the confirmation period. */
public record FulfilmentDelivered(String orderNumber, long fulfilmentId, long groupId, Instant deliveredAt) {
}
