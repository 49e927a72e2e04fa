package id.go.bnn.pasarbersinar.catalog.internal;

import java.util.Map;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Chooses where the search index lives. Without {@code pasar.search.url}: the embedded Lucene index of this node,
 * configured by {@code application.properties} as before. With it: OpenSearch/Elasticsearch through Hibernate Search's
 * Elasticsearch backend, and (unless {@code pasar.search.coordination=none}) changes written to an outbox table in the
 * same transaction and indexed by whichever node's background agent picks them up, so that every node's changes reach
 * the one index once, in order, after commit. Nothing then names a Lucene class (the Lucene settings are set here, for
 * the embedded index only), so the Lucene backend may be absent from the class path.
 */
@Component
class SearchBackend implements HibernatePropertiesCustomizer {

    private static final String SEARCH = "hibernate.search.";
    private static final String BACKEND = SEARCH + "backend.";
    // A name, not SearchAnalysis.class: that class needs the Lucene backend, which an OpenSearch-only class path lacks.
    static final String LUCENE_ANALYSIS = "class:id.go.bnn.pasarbersinar.catalog.internal.SearchAnalysis";

    private final String indexDirectory;
    private final String url;
    private final String username;
    private final String password;
    private final String indexPrefix;
    private final String coordination;

    SearchBackend(@Value("${pasar.search.index-dir:./data/search-index}") String indexDirectory,
            @Value("${pasar.search.url:}") String url, @Value("${pasar.search.username:}") String username,
            @Value("${pasar.search.password:}") String password,
            @Value("${pasar.search.index-prefix:}") String indexPrefix,
            @Value("${pasar.search.coordination:outbox-polling}") String coordination) {
        this.indexDirectory = indexDirectory;
        this.url = url.strip();
        this.username = username;
        this.password = password;
        this.indexPrefix = indexPrefix.strip();
        this.coordination = coordination.strip();
        if (!this.coordination.equals("outbox-polling") && !this.coordination.equals("none")) {
            throw new IllegalStateException("pasar.search.coordination must be outbox-polling or none, not " + coordination);
        }
    }

    boolean onElasticsearch() {
        return !url.isEmpty();
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if (!onElasticsearch()) {
            // Both backends are on the class path, so Hibernate Search must be told which one.
            properties.putIfAbsent(BACKEND + "type", "lucene");
            properties.putIfAbsent(BACKEND + "directory.root", indexDirectory);
            properties.putIfAbsent(BACKEND + "analysis.configurer", LUCENE_ANALYSIS);
            return;
        }
        properties.put(BACKEND + "type", "elasticsearch");
        properties.put(BACKEND + "uris", url);
        if (!username.isBlank()) {
            properties.put(BACKEND + "username", username);
            properties.put(BACKEND + "password", password);
        }
        properties.put(BACKEND + "analysis.configurer", BeanReference.ofInstance(new ElasticsearchSearchAnalysis()));
        if (!indexPrefix.isEmpty()) {
            properties.put(BACKEND + "layout.strategy", BeanReference.ofInstance(new PrefixedIndexLayout(indexPrefix)));
        }
        if (coordination.equals("outbox-polling")) {
            properties.put(SEARCH + "coordination.strategy", "outbox-polling");
            // CHAR(36) ids, the same on MySQL, MariaDB and H2 (V111__catalog_search_outbox.sql).
            properties.put(SEARCH + "coordination.entity.mapping.outboxevent.uuid_type", "CHAR");
            properties.put(SEARCH + "coordination.entity.mapping.agent.uuid_type", "CHAR");
        }
    }
}
