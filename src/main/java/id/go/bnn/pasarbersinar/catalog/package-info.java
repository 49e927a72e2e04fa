/**
 * Products, categories and images, search, and the storefront views. Public face: {@link id.go.bnn.pasarbersinar.catalog.Catalog}
 * (what the public may see), {@link id.go.bnn.pasarbersinar.catalog.ProductSearch} (full-text search and index-backed
 * catalog pages), {@link id.go.bnn.pasarbersinar.catalog.SearchIndex} (keeping the index in step after bulk imports),
 * {@link id.go.bnn.pasarbersinar.catalog.Listings} (producers writing and submitting listings),
 * {@link id.go.bnn.pasarbersinar.catalog.ListingReviews} (curators reviewing them), {@link id.go.bnn.pasarbersinar.catalog.Collections},
 * {@link id.go.bnn.pasarbersinar.catalog.Images} and their read models.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package id.go.bnn.pasarbersinar.catalog;
