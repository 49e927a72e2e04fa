package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.producer.GroupId;

/**
 * Filters and order of a catalog listing or a search. Every filter may be null (no filter). Prices are whole rupiah.
 */
public record CatalogQuery(
        String categoryCode,
        String provinceCode,
        String programmeCode,
        Long minPrice,
        Long maxPrice,
        boolean inStockOnly,
        Sort sort,
        GroupId groupId) {

    /** RELEVANCE only means something in a search; in the catalog it is NEWEST. */
    public enum Sort {
        RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC, POPULAR, RATING
    }

    public CatalogQuery(String categoryCode, String provinceCode, String programmeCode, Long minPrice, Long maxPrice,
            boolean inStockOnly, Sort sort) {
        this(categoryCode, provinceCode, programmeCode, minPrice, maxPrice, inStockOnly, sort, null);
    }

    public static CatalogQuery all() {
        return new CatalogQuery(null, null, null, null, null, false, Sort.NEWEST);
    }

    public CatalogQuery withProvince(String code) {
        return new CatalogQuery(categoryCode, code, programmeCode, minPrice, maxPrice, inStockOnly, sort, groupId);
    }

    public CatalogQuery withCategory(String code) {
        return new CatalogQuery(code, provinceCode, programmeCode, minPrice, maxPrice, inStockOnly, sort, groupId);
    }

    public CatalogQuery withGroup(GroupId group) {
        return new CatalogQuery(categoryCode, provinceCode, programmeCode, minPrice, maxPrice, inStockOnly, sort, group);
    }

    public CatalogQuery sortedBy(Sort order) {
        return new CatalogQuery(categoryCode, provinceCode, programmeCode, minPrice, maxPrice, inStockOnly, order, groupId);
    }

    public Sort sortOrDefault() {
        return sort == null ? Sort.NEWEST : sort;
    }
}
