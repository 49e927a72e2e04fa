package id.go.bnn.pasarbersinar.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one waiting revision of an approved listing, in plain SQL: not indexed, not public, until it is approved. */
@Repository
public class RevisionStore {

    public static final String PENDING = "PENDING";
    public static final String CHANGES_REQUESTED = "CHANGES_REQUESTED";

    private final JdbcClient jdbc;

    RevisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A revision: photos as {hash, alt id, alt en}; variant prices by SKU (null price: the listing's price). */
    public record Revision(long productId, String state, String categoryCode, String titleId, String titleEn,
            String descriptionId, String descriptionEn, long price, List<String[]> photos, Map<String, Long> variantPrices,
            String reviewNote, Long submittedBy, Instant submittedAt) {
    }

    public Optional<Revision> find(long productId) {
        return jdbc.sql("SELECT product_id, state, category_code, title_id, title_en, description_id, description_en, price, photos, "
                        + "variant_prices, review_note, submitted_by, submitted_at FROM product_revision WHERE product_id = ?")
                .param(productId)
                .query((rs, row) -> new Revision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), photos(rs.getString(9)), prices(rs.getString(10)),
                        rs.getString(11), (Long) rs.getObject(12, Long.class), rs.getTimestamp(13).toInstant()))
                .optional();
    }

    /** Replaces the product's revision with this one, waiting for review. */
    public void put(Revision revision) {
        delete(revision.productId());
        jdbc.sql("INSERT INTO product_revision (product_id, state, category_code, title_id, title_en, description_id, description_en, "
                        + "price, photos, variant_prices, review_note, submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(revision.productId(), revision.state(), revision.categoryCode(), revision.titleId(), revision.titleEn(),
                        revision.descriptionId(), revision.descriptionEn(), revision.price(), photosText(revision.photos()),
                        pricesText(revision.variantPrices()), revision.reviewNote(), revision.submittedBy(),
                        Timestamp.from(revision.submittedAt()))
                .update();
    }

    public void sendBack(long productId, String reason) {
        jdbc.sql("UPDATE product_revision SET state = ?, review_note = ? WHERE product_id = ?").params(CHANGES_REQUESTED, reason, productId).update();
    }

    public void delete(long productId) {
        jdbc.sql("DELETE FROM product_revision WHERE product_id = ?").param(productId).update();
    }

    /** States of the revisions of these products. */
    public Map<Long, String[]> states(List<Long> productIds) {
        Map<Long, String[]> states = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return states;
        }
        String marks = String.join(",", java.util.Collections.nCopies(productIds.size(), "?"));
        jdbc.sql("SELECT product_id, state, review_note FROM product_revision WHERE product_id IN (" + marks + ")")
                .params(new ArrayList<Object>(productIds))
                .query((rs, row) -> states.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}))
                .list();
        return states;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static String photosText(List<String[]> photos) {
        StringBuilder out = new StringBuilder();
        for (String[] photo : photos) {
            out.append(clean(photo[0])).append('\t').append(clean(photo[1])).append('\t').append(clean(photo[2])).append('\n');
        }
        return out.toString();
    }

    static List<String[]> photos(String text) {
        List<String[]> photos = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                String[] parts = line.split("\t", -1);
                photos.add(new String[] {parts[0], parts.length > 1 ? emptyToNull(parts[1]) : null, parts.length > 2 ? emptyToNull(parts[2]) : null});
            }
        }
        return photos;
    }

    static String pricesText(Map<String, Long> prices) {
        StringBuilder out = new StringBuilder();
        prices.forEach((sku, price) -> out.append(clean(sku)).append('\t').append(price == null ? "" : price.toString()).append('\n'));
        return out.toString();
    }

    static Map<String, Long> prices(String text) {
        Map<String, Long> prices = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                String[] parts = line.split("\t", -1);
                prices.put(parts[0], parts.length > 1 && !parts[1].isEmpty() ? Long.valueOf(parts[1]) : null);
            }
        }
        return prices;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
