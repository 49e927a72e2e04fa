package id.go.bnn.pasarbersinar.catalog;

/**
 * A curator decided on a listing or its revision: {@code approved} or changes requested with {@code reason}. The
 * curation module tells the group's members by mail.
 */
public record ListingReviewed(ProductId productId, long groupId, String titleId, boolean revision, boolean approved,
        String reason) {
}
