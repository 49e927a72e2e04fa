package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.catalog.Category;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.ProductDetails;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of what the public may see of the catalog ({@code catalog.Catalog}): categories, cards, product pages. */
@Repository
public class CatalogQueries {

    /**
     * Public means approved, of a verified group: hidden groups take their products with them. Which groups are
     * verified is the catalog's own copy ({@code catalog_group}, kept by {@code ShownGroups}).
     */
    public static final String VISIBLE = "p.status = 'APPROVED' AND p.group_id IN (SELECT g.group_id FROM catalog_group g WHERE g.visible = TRUE)";

    private static final String CARD_COLUMNS =
            "p.id, p.slug, p.title_id, p.title_en, p.price, p.category_code, p.group_id, p.province_code, "
                    + "p.cover_image, p.total_stock, p.demo, p.rating_tenths, p.rating_count";

    private final JdbcClient jdbc;

    CatalogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A product as a card shows it, before its group's name and province are added. */
    public record CardRow(long id, String slug, String titleId, String titleEn, long price, String categoryCode, long groupId,
            String provinceCode, String coverImage, int stock, boolean demo, int ratingTenths, int ratingCount) {
    }

    /** A public product's own columns, for its page. */
    public record Head(long id, String slug, LocalizedText title, LocalizedText description, long price, String category,
            long groupId, int stock, boolean demo, Instant publishedAt, Instant updatedAt, int weightGrams) {
    }

    /** A public product's address and last change, for the sitemap. */
    public record Page(String slug, Instant updatedAt) {
    }

    public List<Category> categories() {
        return jdbc.sql("SELECT code, name_id, name_en FROM category ORDER BY position")
                .query((rs, row) -> new Category(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3))))
                .list();
    }

    /** Public products, newest first. */
    public List<CardRow> newest(int limit) {
        return jdbc.sql("SELECT " + CARD_COLUMNS + " FROM product p WHERE " + VISIBLE
                        + " ORDER BY p.published_at DESC, p.id DESC LIMIT ?")
                .param(limit)
                .query(CatalogQueries::cardRow)
                .list();
    }

    /** The public ones among these products, in no particular order. */
    public List<CardRow> cards(Collection<Long> ids) {
        return jdbc.sql("SELECT " + CARD_COLUMNS + " FROM product p WHERE p.id IN (:ids) AND " + VISIBLE)
                .param("ids", List.copyOf(ids))
                .query(CatalogQueries::cardRow)
                .list();
    }

    public Optional<Head> publicHead(String slug) {
        return jdbc.sql("SELECT p.id, p.slug, p.title_id, p.title_en, p.description_id, p.description_en, p.price, "
                        + "p.category_code, p.group_id, p.total_stock, p.demo, p.published_at, p.updated_at, p.weight_grams FROM product p "
                        + "WHERE p.slug = ? AND " + VISIBLE)
                .param(slug)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), new LocalizedText(rs.getString(3), rs.getString(4)),
                        new LocalizedText(rs.getString(5), rs.getString(6)), rs.getLong(7), rs.getString(8), rs.getLong(9),
                        rs.getInt(10), rs.getBoolean(11), instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)), rs.getInt(14)))
                .optional();
    }

    public List<ProductDetails.Photo> photos(long productId) {
        return jdbc.sql("SELECT i.image_hash, s.width, s.height, i.alt_id, i.alt_en FROM product_image i "
                        + "JOIN stored_image s ON s.hash = i.image_hash WHERE i.product_id = ? ORDER BY i.position")
                .param(productId)
                .query((rs, row) -> new ProductDetails.Photo(new ImageRef(rs.getString(1), rs.getInt(2), rs.getInt(3)),
                        new LocalizedText(rs.getString(4), rs.getString(5))))
                .list();
    }

    /** The product's variants; one without a price of its own costs {@code productPrice}. */
    public List<ProductDetails.Variant> variants(long productId, long productPrice) {
        return jdbc.sql("SELECT id, name_id, name_en, price, stock FROM product_variant "
                        + "WHERE product_id = ? ORDER BY position")
                .param(productId)
                .query((rs, row) -> {
                    long own = rs.getLong(4);
                    // wasNull() answers for the column read last, so it is asked right after the price.
                    boolean inherited = rs.wasNull();
                    return new ProductDetails.Variant(rs.getLong(1), new LocalizedText(rs.getString(2), rs.getString(3)),
                            Money.rupiah(inherited ? productPrice : own), rs.getInt(5));
                })
                .list();
    }

    public int countPublic() {
        return jdbc.sql("SELECT COUNT(*) FROM product p WHERE " + VISIBLE).query(Integer.class).single();
    }

    /** Public products in a stable order (by id), one chunk at a time. */
    public List<Page> publicPages(int offset, int limit) {
        return jdbc.sql("SELECT p.slug, p.updated_at FROM product p WHERE " + VISIBLE + " ORDER BY p.id LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query((rs, row) -> new Page(rs.getString(1), instant(rs.getTimestamp(2))))
                .list();
    }

    /** Ids of the groups whose products must not be shown (pending or suspended). */
    public Set<Long> hiddenGroupIds() {
        return Set.copyOf(jdbc.sql("SELECT g.group_id FROM catalog_group g WHERE g.visible = FALSE").query(Long.class).list());
    }

    /** Every product in the database, public or not: what the search index should hold. */
    public long countAll() {
        return jdbc.sql("SELECT COUNT(*) FROM product").query(Long.class).single();
    }

    private static CardRow cardRow(ResultSet rs, int rowNumber) throws SQLException {
        return new CardRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getLong(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getBoolean(11), rs.getInt(12), rs.getInt(13));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
