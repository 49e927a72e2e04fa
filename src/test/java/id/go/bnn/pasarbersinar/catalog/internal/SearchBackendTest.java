package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which search backend the settings choose, and what the embedded default keeps. */
class SearchBackendTest {

    @Test
    void without_a_search_url_the_embedded_lucene_index_is_configured_as_before() {
        Map<String, Object> properties = new HashMap<>();
        new SearchBackend("./data/search-index", "", "", "", "", "outbox-polling").customize(properties);

        assertThat(properties).containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.root", "./data/search-index")
                .containsEntry("hibernate.search.backend.analysis.configurer", SearchBackend.LUCENE_ANALYSIS)
                .doesNotContainKey("hibernate.search.coordination.strategy");
    }

    @Test
    void the_lucene_analysis_is_named_by_its_class() {
        // Read as a resource, not loaded: the OpenSearch profile runs this test without the Lucene backend.
        String className = SearchBackend.LUCENE_ANALYSIS.substring("class:".length());
        assertThat(className).endsWith("." + "SearchAnalysis");
        assertThat(getClass().getResource("/" + className.replace('.', '/') + ".class")).isNotNull();
    }

    @Test
    void settings_given_explicitly_win_over_the_embedded_defaults() {
        Map<String, Object> properties = new HashMap<>(Map.of("hibernate.search.backend.directory.root", "target/benchmark-index"));
        new SearchBackend("./data/search-index", "", "", "", "", "outbox-polling").customize(properties);

        assertThat(properties).containsEntry("hibernate.search.backend.directory.root", "target/benchmark-index");
    }

    @Test
    void with_a_search_url_the_index_is_on_opensearch_with_outbox_polling_and_names_no_lucene_class() {
        Map<String, Object> properties = new HashMap<>();
        new SearchBackend("./data/search-index", "https://search.internal:9200", "pasar", "secret", "staging-", "outbox-polling")
                .customize(properties);

        assertThat(properties).containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "https://search.internal:9200")
                .containsEntry("hibernate.search.backend.username", "pasar")
                .containsEntry("hibernate.search.backend.password", "secret")
                .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .containsKey("hibernate.search.backend.layout.strategy")
                .doesNotContainKey("hibernate.search.backend.directory.root");
        assertThat(properties.get("hibernate.search.backend.analysis.configurer").toString()).doesNotContain("lucene");
    }

    @Test
    void an_unknown_coordination_is_refused_at_start_up() {
        assertThatThrownBy(() -> new SearchBackend("", "http://localhost:9200", "", "", "", "database"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outbox-polling or none");
    }

    @Test
    void the_prefixed_layout_names_the_index_and_its_aliases_with_the_prefix() {
        PrefixedIndexLayout layout = new PrefixedIndexLayout("staging-");

        assertThat(layout.createInitialElasticsearchIndexName("product")).isEqualTo("staging-product-000001");
        assertThat(layout.createReadAlias("product")).isEqualTo("staging-product-read");
        assertThat(layout.createWriteAlias("product")).isEqualTo("staging-product-write");
        assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("staging-product-000002"))
                .isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("product"));
    }
}
