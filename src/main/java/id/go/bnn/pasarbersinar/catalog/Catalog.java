package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the public may see of the catalog: approved products of verified groups, as cards, filtered and sorted in
 * the database and fetched one page at a time, so a catalog of 100,000 products costs what a page costs.
 */
@Service
public class Catalog {

    private static final String CARD_COLUMNS =
            "p.id, p.slug, p.title_id, p.title_en, p.price, p.category_code, p.group_id, p.province_code, "
                    + "p.cover_image, p.total_stock, p.demo";

    private final JdbcClient jdbc;
    private final ProducerGroups groups;
    private final List<Category> categories;

    Catalog(JdbcClient jdbc, ProducerGroups groups) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.categories = jdbc.sql("SELECT code, name_id, name_en FROM category ORDER BY position")
                .query((rs, row) -> new Category(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3))))
                .list();
    }

    public List<Category> categories() {
        return categories;
    }

    /** One page of product cards; {@code offset} and {@code limit} come from a lazy data provider. */
    public List<ProductCard> find(CatalogQuery query, int offset, int limit) {
        Sql sql = where(query);
        String order = switch (query.sort() == null ? CatalogQuery.Sort.NEWEST : query.sort()) {
            case NEWEST -> "p.published_at DESC, p.id DESC";
            case PRICE_ASC -> "p.price ASC, p.id ASC";
            case PRICE_DESC -> "p.price DESC, p.id DESC";
            case POPULAR -> "p.sales_count DESC, p.id DESC";
        };
        List<Object> params = new ArrayList<>(sql.params());
        params.add(Math.max(0, Math.min(limit, 200)));
        params.add(Math.max(0, offset));
        List<Row> rows = jdbc.sql("SELECT " + CARD_COLUMNS + " FROM product p WHERE " + sql.where()
                        + " ORDER BY " + order + " LIMIT ? OFFSET ?")
                .params(params)
                .query(Catalog::row)
                .list();
        return cards(rows);
    }

    public int count(CatalogQuery query) {
        Sql sql = where(query);
        return jdbc.sql("SELECT COUNT(*) FROM product p WHERE " + sql.where()).params(sql.params()).query(Integer.class).single();
    }

    /** Products from as many groups as possible, newest first: what the home page shows before curators choose. */
    public List<ProductCard> showcase(int limit) {
        List<Row> newest = jdbc.sql("SELECT " + CARD_COLUMNS + " FROM product p WHERE " + where(CatalogQuery.all()).where()
                        + " ORDER BY p.published_at DESC, p.id DESC LIMIT ?")
                .param(limit * 4)
                .query(Catalog::row)
                .list();
        List<Row> picked = new ArrayList<>();
        Set<Long> groupsSeen = new LinkedHashSet<>();
        for (Row row : newest) {
            if (picked.size() < limit && groupsSeen.add(row.groupId())) {
                picked.add(row);
            }
        }
        for (Row row : newest) {
            if (picked.size() < limit && !picked.contains(row)) {
                picked.add(row);
            }
        }
        return cards(picked);
    }

    private record Sql(String where, List<Object> params) {
    }

    private Sql where(CatalogQuery query) {
        // Public means approved, of a verified group: hidden groups take their products with them.
        StringBuilder where = new StringBuilder("p.status = 'APPROVED' AND p.group_id IN (SELECT g.id FROM producer_group g WHERE g.verification = 'VERIFIED')");
        List<Object> params = new ArrayList<>();
        if (query.categoryCode() != null) {
            where.append(" AND p.category_code = ?");
            params.add(query.categoryCode());
        }
        if (query.provinceCode() != null) {
            where.append(" AND p.province_code = ?");
            params.add(query.provinceCode());
        }
        if (query.programmeCode() != null) {
            where.append(" AND p.programme_code = ?");
            params.add(query.programmeCode());
        }
        if (query.minPrice() != null) {
            where.append(" AND p.price >= ?");
            params.add(query.minPrice());
        }
        if (query.maxPrice() != null) {
            where.append(" AND p.price <= ?");
            params.add(query.maxPrice());
        }
        if (query.inStockOnly()) {
            where.append(" AND p.total_stock > 0");
        }
        return new Sql(where.toString(), params);
    }

    private record Row(long id, String slug, String titleId, String titleEn, long price, String categoryCode, long groupId,
            String provinceCode, String coverImage, int stock, boolean demo) {
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getLong(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getBoolean(11));
    }

    private List<ProductCard> cards(List<Row> rows) {
        Map<GroupId, GroupSummary> owners = groups.findAll(rows.stream().map(row -> new GroupId(row.groupId())).distinct().toList());
        return rows.stream().map(row -> {
            GroupSummary group = owners.get(new GroupId(row.groupId()));
            return new ProductCard(new ProductId(row.id()), row.slug(), new LocalizedText(row.titleId(), row.titleEn()),
                    Money.rupiah(row.price()), row.categoryCode(), new GroupId(row.groupId()), group.name(), group.slug(),
                    row.provinceCode(), group.provinceName(), row.coverImage(), row.stock(), row.demo());
        }).toList();
    }
}
