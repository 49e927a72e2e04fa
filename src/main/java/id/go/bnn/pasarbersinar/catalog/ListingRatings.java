package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.producer.GroupId;
import java.util.Optional;
import id.go.bnn.pasarbersinar.catalog.internal.RatingStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's projection of buyers' ratings ({@code product.rating_tenths}, {@code product.rating_count}): the
 * review module writes it in the transaction that changes a product's published reviews, so the cards, the rating
 * sort and the group's average never read the review module's tables. Indexed again after the commit, like stock.
 */
@Service
public class ListingRatings {

    private final RatingStore store;
    private final StockIndexing indexing;

    ListingRatings(RatingStore store, StockIndexing indexing) {
        this.store = store;
        this.indexing = indexing;
    }

    /** The product's published reviews now average {@code tenths} tenths of a star over {@code count} reviews. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ProductId product, int tenths, int count) {
        if (tenths < 0 || tenths > 50 || count < 0 || (count == 0) != (tenths == 0)) {
            throw new IllegalArgumentException("A rating is 1.0 to 5.0 over at least one review, or none");
        }
        store.record(product.value(), tenths, count);
        indexing.changed(product.value());
    }

    /** The group's average over its shown products' published reviews (each product weighs by its count). */
    public Optional<GroupRating> ofGroup(GroupId group) {
        RatingStore.Totals totals = store.ofGroup(group.value());
        if (totals.count() == 0) {
            return Optional.empty();
        }
        return Optional.of(new GroupRating((int) Math.round((double) totals.weightedTenths() / totals.count()), (int) totals.count()));
    }

    /** {@code tenths}: the average in tenths of a star. */
    public record GroupRating(int tenths, int count) {
    }
}
