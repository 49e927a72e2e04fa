package id.go.bnn.pasarbersinar.exhibition;

/** An item of a booth's catalog at an event: the variant, its name and price now, what is on hand at the event. */
public record BoothItem(long variantId, long productId, String slug, String name, long price, int onHand, String thumbnailUrl) {
}
