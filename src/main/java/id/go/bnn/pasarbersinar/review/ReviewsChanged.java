package id.go.bnn.pasarbersinar.review;

/**
 * The reviews shown for a product changed (written, edited, answered, kept or hidden by a curator): its page, its
 * group's page and the catalog pages showing its card say something new. Published in the transaction of the change.
 */
public record ReviewsChanged(long listingId, long groupId) {
}
