package id.go.bnn.pasarbersinar.catalog;

/**
 * Filters and order of a catalog listing. Every field may be null (no filter). Prices are whole rupiah.
 */
public record CatalogQuery(
        String categoryCode,
        String provinceCode,
        String programmeCode,
        Long minPrice,
        Long maxPrice,
        boolean inStockOnly,
        Sort sort) {

    public enum Sort {
        NEWEST, PRICE_ASC, PRICE_DESC, POPULAR
    }

    public static CatalogQuery all() {
        return new CatalogQuery(null, null, null, null, null, false, Sort.NEWEST);
    }

    public CatalogQuery withProvince(String code) {
        return new CatalogQuery(categoryCode, code, programmeCode, minPrice, maxPrice, inStockOnly, sort);
    }

    public CatalogQuery withCategory(String code) {
        return new CatalogQuery(code, provinceCode, programmeCode, minPrice, maxPrice, inStockOnly, sort);
    }
}
