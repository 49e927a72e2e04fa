package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery.Sort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Filters, order, page and words as they appear in the address ({@code /katalog?kategori=tenun&provinsi=53&urut=termurah}),
 * so that a filtered list can be shared and the back button returns to it. Unknown or malformed values are ignored.
 */
record CatalogParameters(CatalogQuery query, int page, String words) {

    static final String WORDS = "q";
    static final String CATEGORY = "kategori";
    static final String PROVINCE = "provinsi";
    static final String PROGRAMME = "program";
    static final String MIN_PRICE = "harga-min";
    static final String MAX_PRICE = "harga-maks";
    static final String IN_STOCK = "tersedia";
    static final String SORT = "urut";
    static final String PAGE = "halaman";
    static final int MAX_PAGE = 10_000;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Map<Sort, String> SORT_NAMES = Map.of(Sort.RELEVANCE, "relevan", Sort.NEWEST, "terbaru",
            Sort.PRICE_ASC, "termurah", Sort.PRICE_DESC, "termahal", Sort.POPULAR, "terlaris", Sort.RATING, "ulasan-terbaik");

    static CatalogParameters from(QueryParameters parameters, Sort defaultSort) {
        Map<String, List<String>> values = parameters.getParameters();
        Sort sort = first(values, SORT).flatMap(name -> SORT_NAMES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(name)).map(Map.Entry::getKey).findFirst()).orElse(defaultSort);
        CatalogQuery query = new CatalogQuery(code(values, CATEGORY), code(values, PROVINCE), code(values, PROGRAMME),
                price(values, MIN_PRICE), price(values, MAX_PRICE), first(values, IN_STOCK).filter("1"::equals).isPresent(), sort);
        int page = first(values, PAGE).flatMap(CatalogParameters::number).map(Long::intValue)
                .filter(n -> n >= 1 && n <= MAX_PAGE).orElse(1);
        String words = first(values, WORDS).map(String::strip).orElse("");
        return new CatalogParameters(query, page, words);
    }

    /** The address parameters of this state; defaults are left out so that addresses stay short. */
    QueryParameters toQueryParameters(Sort defaultSort) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!words.isBlank()) {
            values.put(WORDS, words);
        }
        put(values, CATEGORY, query.categoryCode());
        put(values, PROVINCE, query.provinceCode());
        put(values, PROGRAMME, query.programmeCode());
        put(values, MIN_PRICE, query.minPrice());
        put(values, MAX_PRICE, query.maxPrice());
        if (query.inStockOnly()) {
            values.put(IN_STOCK, "1");
        }
        if (query.sort() != null && query.sort() != defaultSort) {
            values.put(SORT, SORT_NAMES.get(query.sort()));
        }
        if (page > 1) {
            values.put(PAGE, String.valueOf(page));
        }
        return QueryParameters.simple(values);
    }

    CatalogParameters withQuery(CatalogQuery changed) {
        return new CatalogParameters(changed, 1, words);
    }

    CatalogParameters atPage(int number) {
        return new CatalogParameters(query, number, words);
    }

    static String sortName(Sort sort) {
        return SORT_NAMES.get(sort);
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.getFirst());
    }

    private static String code(Map<String, List<String>> values, String name) {
        return first(values, name).filter(value -> CODE.matcher(value).matches()).orElse(null);
    }

    private static Long price(Map<String, List<String>> values, String name) {
        return first(values, name).flatMap(CatalogParameters::number).filter(n -> n >= 0 && n <= 1_000_000_000L).orElse(null);
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
