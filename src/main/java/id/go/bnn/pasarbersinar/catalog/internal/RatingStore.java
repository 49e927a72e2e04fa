package id.go.bnn.pasarbersinar.catalog.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalog's copy of buyers' ratings on {@code product} ({@code rating_tenths}, {@code rating_count}). */
@Repository
public class RatingStore {

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long productId, int tenths, int count) {
        jdbc.sql("UPDATE product SET rating_tenths = ?, rating_count = ? WHERE id = ?").params(tenths, count, productId).update();
    }

    /** The rating sum (tenths times count) and the review count over a group's shown products. */
    public Totals ofGroup(long groupId) {
        return jdbc.sql("SELECT SUM(p.rating_tenths * p.rating_count), SUM(p.rating_count) FROM product p WHERE p.group_id = ? AND "
                        + CatalogQueries.VISIBLE)
                .param(groupId)
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    public record Totals(long weightedTenths, long count) {
    }
}
