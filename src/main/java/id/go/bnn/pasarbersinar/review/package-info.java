/**
 * Reviews by buyers of delivered parcels: one per order line, 1–5 stars, a text and up to three photos, editable for
 * a while; the group's one public answer; reports and the province curator's queue ({@code /staf/ulasan}). Public
 * face: {@link id.go.bnn.pasarbersinar.review.Reviews}, its read models and the event
 * {@link id.go.bnn.pasarbersinar.review.ReviewsChanged}. It keeps the catalog's rating projection up to date through
 * {@code catalog.ListingRatings} and fills the product page through the catalog's {@code StorefrontReviews}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package id.go.bnn.pasarbersinar.review;
