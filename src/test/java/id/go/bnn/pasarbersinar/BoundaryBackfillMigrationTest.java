package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V88 and V89 fill the modules' new projections from what a running shop already holds: the catalog's copy of which
 * groups it shows, and the names of lines paid before payout kept them. On a database of its own, migrated up to V87,
 * given data, then migrated on.
 */
class BoundaryBackfillMigrationTest {

    private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
            "jdbc:h2:mem:backfill-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
            "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(dataSource);

    @Test
    void the_catalog_shows_the_verified_groups_and_old_paid_lines_keep_their_products_names() {
        migrate("87");
        group(1, "VERIFIED");
        group(2, "PENDING");
        group(3, "SUSPENDED");
        product(10, 1, "Sarung Tenun", "Woven sarong");
        product(11, 1, "Tas Anyaman", null);
        jdbc.sql("INSERT INTO payout_fulfilment (fulfilment_id, group_id, order_number, paid_at, items, shipping, commission) "
                + "VALUES (100, 1, 'PB-BACKFILL', TIMESTAMP '2026-01-05 10:00:00', 300000, 0, 30000)").update();
        paidLine(10);
        paidLine(11);
        paidLine(99);

        migrate(null);

        Map<Long, Boolean> shown = jdbc.sql("SELECT group_id, visible FROM catalog_group").query((rs, row) -> Map.entry(rs.getLong(1), rs.getBoolean(2)))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(shown).containsExactlyInAnyOrderEntriesOf(Map.of(1L, true, 2L, false, 3L, false));
        List<String> titles = jdbc.sql("SELECT CONCAT(product_id, ': ', COALESCE(title_id, '-'), ' / ', COALESCE(title_en, '-')) "
                + "FROM payout_order_line ORDER BY product_id").query(String.class).list();
        // A product gone by then has no name to copy; the statement shows its number as before.
        assertThat(titles).containsExactly("10: Sarung Tenun / Woven sarong", "11: Tas Anyaman / -", "99: - / -");
    }

    private void migrate(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2");
        (target == null ? configuration : configuration.target(target)).load().migrate();
    }

    private void group(long id, String verification) {
        jdbc.sql("INSERT INTO producer_group (id, slug, name, story_id, programme_code, province_code, regency, verification, created_at, updated_at) "
                        + "VALUES (?, ?, ?, 'Cerita.', 'KAWASAN_RAWAN', '63', 'Kota Uji', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .params(id, "kelompok-" + id, "Kelompok " + id, verification).update();
    }

    private void product(long id, long group, String titleId, String titleEn) {
        jdbc.sql("INSERT INTO product (id, slug, group_id, category_code, title_id, title_en, description_id, price, weight_grams, status, "
                        + "province_code, programme_code, created_at, updated_at) VALUES (?, ?, ?, 'tenun', ?, ?, 'Uraian.', 150000, 300, 'APPROVED', "
                        + "'63', 'KAWASAN_RAWAN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .params(id, "produk-" + id, group, titleId, titleEn).update();
    }

    private void paidLine(long productId) {
        jdbc.sql("INSERT INTO payout_order_line (fulfilment_id, product_id, category_code, quantity, unit_price, rate_bp, commission) "
                + "VALUES (100, ?, 'tenun', 1, 100000, 1000, 10000)").param(productId).update();
    }
}
