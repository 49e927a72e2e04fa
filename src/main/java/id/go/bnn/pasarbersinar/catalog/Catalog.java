package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.Slug;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the public may see of the catalog: approved products of verified groups, as cards and product pages. Pages of
 * the catalog with its filters and order are the search index's ({@link ProductSearch#browse}); the index's hits
 * become cards here, so that a product is only shown while the database says it is public.
 */
@Service
public class Catalog {

    /**
     * Public means approved, of a verified group: hidden groups take their products with them. Which groups are
     * verified is the catalog's own copy ({@code catalog_group}, kept by {@code internal.ShownGroups}).
     */
    static final String VISIBLE = "p.status = 'APPROVED' AND p.group_id IN (SELECT g.group_id FROM catalog_group g WHERE g.visible = TRUE)";

    private static final String CARD_COLUMNS =
            "p.id, p.slug, p.title_id, p.title_en, p.price, p.category_code, p.group_id, p.province_code, "
                    + "p.cover_image, p.total_stock, p.demo, p.rating_tenths, p.rating_count";

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

    public Optional<Category> category(String code) {
        return categories.stream().filter(category -> category.code().equals(code)).findFirst();
    }

    /** Products from as many groups as possible, newest first: what the home page shows before curators choose. */
    public List<ProductCard> showcase(int limit) {
        List<Row> newest = jdbc.sql("SELECT " + CARD_COLUMNS + " FROM product p WHERE " + VISIBLE
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
        return toCards(picked);
    }

    /** The public ones among these products, as cards in the order given (a curator's order, a search's ranking). */
    public List<ProductCard> cards(List<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> values = ids.stream().map(ProductId::value).distinct().toList();
        Map<Long, Row> rows = jdbc.sql("SELECT " + CARD_COLUMNS + " FROM product p WHERE p.id IN (:ids) AND " + VISIBLE)
                .param("ids", values)
                .query(Catalog::row)
                .list().stream()
                .collect(Collectors.toMap(Row::id, Function.identity()));
        return toCards(values.stream().map(rows::get).filter(java.util.Objects::nonNull).toList());
    }

    /** A public product with its photos, variants and makers; empty for an unknown, unapproved or hidden one. */
    public Optional<ProductDetails> findPublic(String slug) {
        if (!Slug.isValid(slug)) {
            return Optional.empty();
        }
        record Head(long id, String slug, LocalizedText title, LocalizedText description, long price, String category,
                long groupId, int stock, boolean demo, Instant publishedAt, Instant updatedAt, int weightGrams) {
        }
        Optional<Head> head = jdbc.sql("SELECT p.id, p.slug, p.title_id, p.title_en, p.description_id, p.description_en, p.price, "
                        + "p.category_code, p.group_id, p.total_stock, p.demo, p.published_at, p.updated_at, p.weight_grams FROM product p "
                        + "WHERE p.slug = ? AND " + VISIBLE)
                .param(slug)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), new LocalizedText(rs.getString(3), rs.getString(4)),
                        new LocalizedText(rs.getString(5), rs.getString(6)), rs.getLong(7), rs.getString(8), rs.getLong(9),
                        rs.getInt(10), rs.getBoolean(11), instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)), rs.getInt(14)))
                .optional();
        return head.flatMap(p -> groups.find(new GroupId(p.groupId())).filter(GroupSummary::isPublic).map(group -> {
            List<ProductDetails.Photo> photos = jdbc.sql("SELECT i.image_hash, s.width, s.height, i.alt_id, i.alt_en FROM product_image i "
                            + "JOIN stored_image s ON s.hash = i.image_hash WHERE i.product_id = ? ORDER BY i.position")
                    .param(p.id())
                    .query((rs, row) -> new ProductDetails.Photo(new ImageRef(rs.getString(1), rs.getInt(2), rs.getInt(3)),
                            new LocalizedText(rs.getString(4), rs.getString(5))))
                    .list();
            List<ProductDetails.Variant> variants = jdbc.sql("SELECT id, name_id, name_en, price, stock FROM product_variant "
                            + "WHERE product_id = ? ORDER BY position")
                    .param(p.id())
                    .query((rs, row) -> {
                        long own = rs.getLong(4);
                        // wasNull() answers for the column read last, so it is asked right after the price.
                        boolean inherited = rs.wasNull();
                        return new ProductDetails.Variant(rs.getLong(1), new LocalizedText(rs.getString(2), rs.getString(3)),
                                Money.rupiah(inherited ? p.price() : own), rs.getInt(5));
                    })
                    .list();
            Category category = category(p.category()).orElse(new Category(p.category(), new LocalizedText(p.category(), p.category())));
            return new ProductDetails(new ProductId(p.id()), p.slug(), p.title(), p.description(), Money.rupiah(p.price()),
                    category, group, photos, variants, p.stock(), p.demo(), p.publishedAt(), p.updatedAt(), p.weightGrams());
        }));
    }

    /** A public product's address and last change, for the sitemap. */
    public record PublicPage(String slug, Instant updatedAt) {
    }

    public int countPublic() {
        return jdbc.sql("SELECT COUNT(*) FROM product p WHERE " + VISIBLE).query(Integer.class).single();
    }

    /** Public products in a stable order (by id), one chunk at a time. */
    public List<PublicPage> publicPages(int offset, int limit) {
        return jdbc.sql("SELECT p.slug, p.updated_at FROM product p WHERE " + VISIBLE + " ORDER BY p.id LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query((rs, row) -> new PublicPage(rs.getString(1), instant(rs.getTimestamp(2))))
                .list();
    }

    /**
     * Ids of the groups whose products must not be shown (pending or suspended). Few or none, so a search excludes
     * them cheaply, where requiring one of the many verified groups would cost every query a large disjunction.
     */
    Set<Long> hiddenGroupIds() {
        return Set.copyOf(jdbc.sql("SELECT g.group_id FROM catalog_group g WHERE g.visible = FALSE").query(Long.class).list());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Row(long id, String slug, String titleId, String titleEn, long price, String categoryCode, long groupId,
            String provinceCode, String coverImage, int stock, boolean demo, int ratingTenths, int ratingCount) {
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getLong(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getBoolean(11), rs.getInt(12), rs.getInt(13));
    }

    private List<ProductCard> toCards(List<Row> rows) {
        Map<GroupId, GroupSummary> owners = groups.findAll(rows.stream().map(row -> new GroupId(row.groupId())).distinct().toList());
        // A product of a group the caller may not see (not verified, not its own) is not shown as a card.
        return rows.stream().filter(row -> owners.containsKey(new GroupId(row.groupId()))).map(row -> {
            GroupSummary group = owners.get(new GroupId(row.groupId()));
            return new ProductCard(new ProductId(row.id()), row.slug(), new LocalizedText(row.titleId(), row.titleEn()),
                    Money.rupiah(row.price()), row.categoryCode(), new GroupId(row.groupId()), group.name(), group.slug(),
                    row.provinceCode(), group.provinceName(), row.coverImage(), row.stock(), row.demo(), row.ratingTenths(), row.ratingCount());
        }).toList();
    }
}
