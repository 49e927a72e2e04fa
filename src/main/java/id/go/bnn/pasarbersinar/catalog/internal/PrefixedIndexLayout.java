package id.go.bnn.pasarbersinar.catalog.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's "simple" index layout ({@code product-000001} behind the aliases {@code product-read} and
 * {@code product-write}) with a prefix in front of every name, so that several shops (staging and production, say) can
 * share one OpenSearch cluster: {@code pasar.search.index-prefix}.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

    private static final Pattern UNIQUE_KEY = Pattern.compile("(.*)-\\d+");

    private final String prefix;

    PrefixedIndexLayout(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher matcher = UNIQUE_KEY.matcher(elasticsearchIndexName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an index of this layout: " + elasticsearchIndexName);
        }
        return matcher.group(1);
    }
}
