package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.producer.GroupId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final StockIndexing indexing;

    ListingRatings(JdbcClient jdbc, StockIndexing indexing) {
        this.jdbc = jdbc;
        this.indexing = indexing;
    }

    /** The product's published reviews now average {@code tenths} tenths of a star over {@code count} reviews. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ProductId product, int tenths, int count) {
        if (tenths < 0 || tenths > 50 || count < 0 || (count == 0) != (tenths == 0)) {
            throw new IllegalArgumentException("A rating is 1.0 to 5.0 over at least one review, or none");
        }
        jdbc.sql("UPDATE product SET rating_tenths = ?, rating_count = ? WHERE id = ?").params(tenths, count, product.value()).update();
        indexing.changed(product.value());
    }

    /** The group's average over its shown products' published reviews (each product weighs by its count). */
    public Optional<GroupRating> ofGroup(GroupId group) {
        return jdbc.sql("SELECT SUM(p.rating_tenths * p.rating_count), SUM(p.rating_count) FROM product p WHERE p.group_id = ? AND "
                        + Catalog.VISIBLE)
                .param(group.value())
                .query((rs, n) -> new GroupRating(rs.getLong(2) == 0 ? 0 : (int) Math.round((double) rs.getLong(1) / rs.getLong(2)),
                        rs.getInt(2)))
                .optional().filter(rating -> rating.count() > 0);
    }

    /** {@code tenths}: the average in tenths of a star. */
    public record GroupRating(int tenths, int count) {
    }
}
