package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StorefrontChanged;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many approved listings at once with JDBC batches (imports, large demo catalogs for benchmarks), where
 * creating entities one by one would take minutes. Each product gets one variant holding its stock and one photo.
 * The rows bypass Hibernate, so the search index does not see them: call {@link SearchIndex#rebuild()} afterwards
 * (a start-up import is indexed by {@link SearchIndex}'s own check once the application is ready).
 */
@Service
public class BulkListings {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    BulkListings(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** An approved product as a bulk import writes it. */
    public record BulkProduct(String slug, long groupId, String provinceCode, String programmeCode, String categoryCode,
            String titleId, String titleEn, String descriptionId, String descriptionEn, long price, int weightGrams,
            int stock, int salesCount, String imageHash, boolean demo, Instant publishedAt) {
    }

    public int countWithSlugPrefix(String prefix) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM product WHERE slug LIKE ?", Integer.class, prefix + "%");
        return count == null ? 0 : count;
    }

    /** Inserts the products with their variant and photo in one transaction. */
    @Transactional
    public void insertApproved(List<BulkProduct> products) {
        // Approved without review: only the shop itself (demo and benchmark data) or an administrator.
        Caller.current().requireAdmin("inserting approved listings in bulk");
        events.publishEvent(StorefrontChanged.lists());
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
