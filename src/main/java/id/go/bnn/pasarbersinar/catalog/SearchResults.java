package id.go.bnn.pasarbersinar.catalog;

import java.util.Map;
import java.util.List;

/**
 * One page of a search: the cards, how many products match in all, how many per category and per province (with the
 * same filters), and whether the words were matched approximately because nothing matched them exactly.
 */
public record SearchResults(List<ProductCard> cards, long total, Map<String, Long> categoryCounts,
        Map<String, Long> provinceCounts, boolean approximate) {

    public static SearchResults empty() {
        return new SearchResults(List.of(), 0, Map.of(), Map.of(), false);
    }
}
