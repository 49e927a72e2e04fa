package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.Slug;
import id.go.bnn.pasarbersinar.catalog.internal.CatalogQueries;
import id.go.bnn.pasarbersinar.catalog.internal.CatalogQueries.CardRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the public may see of the catalog: approved products of verified groups, as cards and product pages. Pages of
 * the catalog with its filters and order are the search index's ({@link ProductSearch#browse}); the index's hits
 * become cards here, so that a product is only shown while the database says it is public.
 */
@Service
public class Catalog {

    private final CatalogQueries queries;
    private final ProducerGroups groups;
    private final List<Category> categories;

    Catalog(CatalogQueries queries, ProducerGroups groups) {
        this.queries = queries;
        this.groups = groups;
        this.categories = queries.categories();
    }

    public List<Category> categories() {
        return categories;
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(category -> category.code().equals(code)).findFirst();
    }

    /** Products from as many groups as possible, newest first: what the home page shows before curators choose. */
    public List<ProductCard> showcase(int limit) {
        List<CardRow> newest = queries.newest(limit * 4);
        List<CardRow> picked = new ArrayList<>();
        Set<Long> groupsSeen = new LinkedHashSet<>();
        for (CardRow row : newest) {
            if (picked.size() < limit && groupsSeen.add(row.groupId())) {
                picked.add(row);
            }
        }
        for (CardRow row : newest) {
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
        Map<Long, CardRow> rows = queries.cards(values).stream()
                .collect(Collectors.toMap(CardRow::id, Function.identity()));
        return toCards(values.stream().map(rows::get).filter(java.util.Objects::nonNull).toList());
    }

    /** A public product with its photos, variants and makers; empty for an unknown, unapproved or hidden one. */
    public Optional<ProductDetails> findPublic(String slug) {
        if (!Slug.isValid(slug)) {
            return Optional.empty();
        }
        Optional<CatalogQueries.Head> head = queries.publicHead(slug);
        return head.flatMap(p -> groups.find(new GroupId(p.groupId())).filter(GroupSummary::isPublic).map(group -> {
            List<ProductDetails.Photo> photos = queries.photos(p.id());
            List<ProductDetails.Variant> variants = queries.variants(p.id(), p.price());
            Category category = category(p.category()).orElse(new Category(p.category(), new LocalizedText(p.category(), p.category())));
            return new ProductDetails(new ProductId(p.id()), p.slug(), p.title(), p.description(), Money.rupiah(p.price()),
                    category, group, photos, variants, p.stock(), p.demo(), p.publishedAt(), p.updatedAt(), p.weightGrams());
        }));
    }

    /** A public product's address and last change, for the sitemap. */
    public record PublicPage(String slug, Instant updatedAt) {
    }

    public int countPublic() {
        return queries.countPublic();
    }

    /** Public products in a stable order (by id), one chunk at a time. */
    public List<PublicPage> publicPages(int offset, int limit) {
        return queries.publicPages(offset, limit).stream().map(page -> new PublicPage(page.slug(), page.updatedAt())).toList();
    }

    /**
     * Ids of the groups whose products must not be shown (pending or suspended). Few or none, so a search excludes
     * them cheaply, where requiring one of the many verified groups would cost every query a large disjunction.
     */
    Set<Long> hiddenGroupIds() {
        return queries.hiddenGroupIds();
    }

    private List<ProductCard> toCards(List<CardRow> rows) {
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
