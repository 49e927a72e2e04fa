package id.go.bnn.pasarbersinar.order;

/**
 * The buyer took a return of order {@code orderNumber}'s parcel of group {@code groupId} to the province's curator: a
 * dispute is open, so the curator may read the conversation between that buyer and that group.
 */
public record ReturnEscalated(long returnId, String orderNumber, long groupId) {
}
