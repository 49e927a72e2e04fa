package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;

/** Everything the product page shows: photos, price, variants with their own stock, description and its makers. */
public record ProductDetails(
        ProductId id,
        String slug,
        LocalizedText title,
        LocalizedText description,
        Money price,
        Category category,
        GroupSummary group,
        List<Photo> photos,
        List<Variant> variants,
        int totalStock,
        boolean demo,
        Instant publishedAt,
        Instant updatedAt,
        int weightGrams) {

    /** Without the weight (0: not known), for callers that do not need it. */
    public ProductDetails(ProductId id, String slug, LocalizedText title, LocalizedText description, Money price, Category category,
            GroupSummary group, List<Photo> photos, List<Variant> variants, int totalStock, boolean demo, Instant publishedAt,
            Instant updatedAt) {
        this(id, slug, title, description, price, category, group, photos, variants, totalStock, demo, publishedAt, updatedAt, 0);
    }

    /** A photo with its text for screen readers. */
    public record Photo(ImageRef image, LocalizedText alt) {
    }

    /** A size or colour with its own price and stock. */
    public record Variant(long id, LocalizedText name, Money price, int stock) {

        public boolean inStock() {
            return stock > 0;
        }
    }

    public boolean inStock() {
        return totalStock > 0;
    }

    /** Whether the buyer has something to choose (more than the single "standard" kind). */
    public boolean hasChoices() {
        return variants.size() > 1;
    }

    public String url() {
        return "/produk/" + slug;
    }
}
