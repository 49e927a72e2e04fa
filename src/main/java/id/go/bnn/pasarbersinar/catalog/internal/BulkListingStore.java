package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.catalog.BulkListings.BulkProduct;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The JDBC batches of {@code catalog.BulkListings}: approved products with one variant and one photo each. */
@Repository
public class BulkListingStore {

    private final JdbcTemplate jdbc;

    BulkListingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int countWithSlugPrefix(String prefix) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM product WHERE slug LIKE ?", Integer.class, prefix + "%");
        return count == null ? 0 : count;
    }

    /** Inserts the products with their variant and photo, in the caller's transaction. */
    public void insertApproved(List<BulkProduct> products) {
        jdbc.batchUpdate("INSERT INTO product (slug, group_id, category_code, title_id, title_en, description_id, description_en, "
                        + "price, weight_grams, status, province_code, programme_code, total_stock, cover_image, sales_count, demo, "
                        + "created_at, updated_at, published_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                products, 500, (ps, p) -> {
                    Timestamp published = Timestamp.from(p.publishedAt());
                    ps.setString(1, p.slug());
                    ps.setLong(2, p.groupId());
                    ps.setString(3, p.categoryCode());
                    ps.setString(4, p.titleId());
                    ps.setString(5, p.titleEn());
                    ps.setString(6, p.descriptionId());
                    ps.setString(7, p.descriptionEn());
                    ps.setLong(8, p.price());
                    ps.setInt(9, p.weightGrams());
                    ps.setString(10, p.provinceCode());
                    ps.setString(11, p.programmeCode());
                    ps.setInt(12, p.stock());
                    ps.setString(13, p.imageHash());
                    ps.setInt(14, p.salesCount());
                    ps.setBoolean(15, p.demo());
                    ps.setTimestamp(16, published);
                    ps.setTimestamp(17, published);
                    ps.setTimestamp(18, published);
                });
        jdbc.batchUpdate("INSERT INTO product_variant (product_id, sku, name_id, name_en, stock, position, version) "
                        + "SELECT id, CONCAT('PB-B', id), 'Standar', 'Standard', total_stock, 0, 0 FROM product WHERE slug = ?",
                products, 500, (ps, p) -> ps.setString(1, p.slug()));
        jdbc.batchUpdate("INSERT INTO product_image (product_id, image_hash, position, alt_id, alt_en) "
                        + "SELECT id, cover_image, 0, title_id, title_en FROM product WHERE slug = ?",
                products, 500, (ps, p) -> ps.setString(1, p.slug()));
    }
}
