package id.go.bnn.pasarbersinar.catalog;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What buyers said about a product, for its page and its JSON-LD. An extension point like {@link StorefrontImpact}:
 * the review module (which depends on the catalog and the orders) implements it; the storefront looks it up
 * optionally and shows nothing without it, so the catalog never depends on reviews.
 */
public interface StorefrontReviews {

    /** The section of the product page with the average, the distribution and the reviews, newest first. */
    Component section(ProductDetails product, Locale locale);

    /** The published reviews' average and count and the newest of them; empty when there are none. */
    Optional<Digest> digest(ProductId product, int newest);

    /** {@code tenths}: the average in tenths of a star (45: 4.5). */
    record Digest(int tenths, int count, List<Quote> newest) {
    }

    /** {@code author}: first name and initial only. */
    record Quote(String author, int rating, String body, Instant at) {
    }
}
