package id.go.bnn.pasarbersinar.catalog.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link SearchAnalysis} for an OpenSearch/Elasticsearch index, built from the server's own filters since a custom
 * Lucene filter cannot be sent to it. The one filter of ours, {@link IndonesianNasalPrefixFilterFactory}, becomes a
 * multiplexer that keeps each word and adds, at the same position, the word with the consonant meN-/peN- swallowed
 * given back: three regular expressions with the same rules as {@code restoredRoot} (they exclude one another, so
 * chaining them changes at most once). The stemmers are the same Lucene classes the server wraps
 * ({@code indonesian}, {@code possessive_english}, {@code porter}).
 */
public class ElasticsearchSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    static final String NASAL_PREFIX = "pasar_indonesian_nasal_prefix";
    /** Pattern and replacement per swallowed consonant, applied one after the other (Java regular expressions on both sides). */
    static final String[][] NASAL_RULES = {
            {"^[mp]eng([aeiou].+)$", "k$1"},
            {"^[mp]en([aeiou].{2,})$", "t$1"},
            {"^[mp]em([aeiou].{2,})$", "p$1"}};

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        String[] names = {"pasar_nasal_k", "pasar_nasal_t", "pasar_nasal_p"};
        for (int i = 0; i < names.length; i++) {
            context.tokenFilter(names[i]).type("pattern_replace")
                    .param("pattern", NASAL_RULES[i][0]).param("replacement", NASAL_RULES[i][1]);
        }
        context.tokenFilter(NASAL_PREFIX).type("multiplexer")
                .param("filters", new String[] {"pasar_nasal_k, pasar_nasal_t, pasar_nasal_p"})
                .param("preserve_original", true);
        context.tokenFilter("pasar_indonesian_stemmer").type("stemmer").param("language", "indonesian");
        context.tokenFilter("pasar_english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("pasar_porter").type("stemmer").param("language", "porter");

        context.analyzer(SearchAnalysis.INDONESIAN).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", NASAL_PREFIX, "pasar_indonesian_stemmer");
        context.analyzer(SearchAnalysis.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("pasar_english_possessive", "lowercase", "asciifolding", "pasar_porter");
    }
}
