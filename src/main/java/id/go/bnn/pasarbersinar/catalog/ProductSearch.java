package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.Product;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of the public catalog (Hibernate Search over Lucene): ranked by relevance, Indonesian and English
 * texts each with their own stemming, the catalog's filters, counts per category and province, and approximate
 * matching of the words when nothing matches them exactly ("batk" finds batik).
 */
@Service
@Transactional(readOnly = true)
public class ProductSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    private static final AggregationKey<Map<String, Long>> BY_CATEGORY = AggregationKey.of("category");
    private static final AggregationKey<Map<String, Long>> BY_PROVINCE = AggregationKey.of("province");

    private final EntityManager entityManager;
    private final Catalog catalog;

    ProductSearch(EntityManager entityManager, Catalog catalog) {
        this.entityManager = entityManager;
        this.catalog = catalog;
    }

    /**
     * One page of public products matching the words and filters; {@code locale} favours the texts in the visitor's
     * language. Blank words give no results.
     */
    /** The longest search text that is looked at. */
    public static final int MAX_WORDS_LENGTH = 200;

    public SearchResults search(String words, CatalogQuery filters, Locale locale, int offset, int limit) {
        String text = words == null ? "" : words.strip();
        if (text.length() > MAX_WORDS_LENGTH) {
            // Nobody searches with more; a longer text (sent by hand) is cut instead of analysed and held.
            text = text.substring(0, MAX_WORDS_LENGTH);
        }
        if (text.isEmpty()) {
            return SearchResults.empty();
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        Set<Long> hiddenGroups = catalog.hiddenGroupIds();
        SearchResult<Long> exact = run(text, false, filters, hiddenGroups, locale, offset, limit);
        boolean approximate = exact.total().hitCount() == 0;
        SearchResult<Long> result = approximate ? run(text, true, filters, hiddenGroups, locale, offset, limit) : exact;
        List<ProductCard> cards = catalog.cards(result.hits().stream().map(ProductId::new).toList());
        return new SearchResults(cards, result.total().hitCount(), sorted(result.aggregation(BY_CATEGORY)),
                sorted(result.aggregation(BY_PROVINCE)), approximate && result.total().hitCount() > 0);
    }

    /**
     * One page of the public catalog with its filters and order, answered by the index: filtering, sorting and
     * counting 100,000 products there costs a few milliseconds whatever the filters, where the database would sort.
     */
    public SearchResults browse(CatalogQuery filters, int offset, int limit) {
        Set<Long> hiddenGroups = catalog.hiddenGroupIds();
        CatalogQuery newestByDefault = filters.sort() == null || filters.sort() == CatalogQuery.Sort.RELEVANCE
                ? filters.sortedBy(CatalogQuery.Sort.NEWEST) : filters;
        SearchResult<Long> result = run(null, false, newestByDefault, hiddenGroups, null, offset, limit, false);
        List<ProductCard> cards = catalog.cards(result.hits().stream().map(ProductId::new).toList());
        return new SearchResults(cards, result.total().hitCount(), Map.of(), Map.of(), false);
    }

    /** Other public products a buyer of this one may like: the maker's own in the same category first, then best sellers. */
    public List<ProductCard> related(ProductDetails product, int limit) {
        CatalogQuery sameCategory = CatalogQuery.all().withCategory(product.category().code());
        Map<ProductId, ProductCard> picked = new LinkedHashMap<>();
        List<ProductCard> candidates = new java.util.ArrayList<>(
                browse(sameCategory.withGroup(product.group().id()), 0, limit + 1).cards());
        candidates.addAll(browse(sameCategory.sortedBy(CatalogQuery.Sort.POPULAR), 0, limit * 2).cards());
        for (ProductCard card : candidates) {
            if (!card.id().equals(product.id()) && picked.size() < limit) {
                picked.putIfAbsent(card.id(), card);
            }
        }
        return List.copyOf(picked.values());
    }

    private SearchResult<Long> run(String text, boolean fuzzy, CatalogQuery filters, Set<Long> hiddenGroups, Locale locale,
            int offset, int limit) {
        return run(text, fuzzy, filters, hiddenGroups, locale, offset, limit, true);
    }

    private SearchResult<Long> run(String text, boolean fuzzy, CatalogQuery filters, Set<Long> hiddenGroups, Locale locale,
            int offset, int limit, boolean counted) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        var query = Search.session(entityManager).search(Product.class)
                .select(f -> f.id(Long.class))
                .where((f, root) -> {
                    if (text == null) {
                        root.add(f.matchAll());
                    } else {
                        root.add(f.or(
                                words(f, text, fuzzy, "titleId", "descriptionId", english ? 1f : 1.5f),
                                words(f, text, fuzzy, "titleEn", "descriptionEn", english ? 1.5f : 1f)));
                    }
                    root.add(f.match().field("status").matching(ListingStatus.APPROVED));
                    if (!hiddenGroups.isEmpty()) {
                        root.add(f.not(f.terms().field("groupId").matchingAny(hiddenGroups)));
                    }
                    if (filters.groupId() != null) {
                        root.add(f.match().field("groupId").matching(filters.groupId().value()));
                    }
                    if (filters.categoryCode() != null) {
                        root.add(f.match().field("categoryCode").matching(filters.categoryCode()));
                    }
                    if (filters.provinceCode() != null) {
                        root.add(f.match().field("provinceCode").matching(filters.provinceCode()));
                    }
                    if (filters.programmeCode() != null) {
                        root.add(f.match().field("programmeCode").matching(filters.programmeCode()));
                    }
                    if (filters.minPrice() != null) {
                        root.add(f.range().field("price").atLeast(filters.minPrice()));
                    }
                    if (filters.maxPrice() != null) {
                        root.add(f.range().field("price").atMost(filters.maxPrice()));
                    }
                    if (filters.inStockOnly()) {
                        root.add(f.range().field("totalStock").greaterThan(0));
                    }
                })
                .sort(f -> switch (filters.sort() == null ? CatalogQuery.Sort.RELEVANCE : filters.sort()) {
                    case RELEVANCE -> f.score().then().field("publishedAt").desc().missing().last();
                    case NEWEST -> f.field("publishedAt").desc().missing().last().then().score();
                    case PRICE_ASC -> f.field("price").asc().then().field("publishedAt").desc().missing().last();
                    case PRICE_DESC -> f.field("price").desc().then().field("publishedAt").desc().missing().last();
                    case POPULAR -> f.field("salesCount").desc().then().field("publishedAt").desc().missing().last();
                    case RATING -> f.field("ratingTenths").desc().then().field("ratingCount").desc()
                            .then().field("publishedAt").desc().missing().last();
                });
        if (counted) {
            query = query.aggregation(BY_CATEGORY, f -> f.terms().field("categoryCode", String.class).maxTermCount(100))
                    .aggregation(BY_PROVINCE, f -> f.terms().field("provinceCode", String.class).maxTermCount(100));
        }
        return query.fetch(Math.max(0, offset), Math.max(0, Math.min(limit, 200)));
    }

    /**
     * Every word must appear in the title or the description of one language; titles weigh more. Exact words are a
     * plain conjunction (cheap); the approximate second try matches each word within one edit (two for long words).
     */
    private static PredicateFinalStep words(SearchPredicateFactory f, String text, boolean fuzzy, String title,
            String description, float languageBoost) {
        if (!fuzzy) {
            return f.simpleQueryString().field(title).boost(3f * languageBoost).field(description).boost(languageBoost)
                    .matching(text)
                    .defaultOperator(BooleanOperator.AND)
                    .flags(SimpleQueryFlag.WHITESPACE);
        }
        int edits = Arrays.stream(text.split("\\s+")).allMatch(word -> word.length() >= 8) ? 2 : 1;
        return f.match().field(title).boost(3f * languageBoost).field(description).boost(languageBoost)
                .matching(text).fuzzy(edits, 1).minimumShouldMatchPercent(100);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
