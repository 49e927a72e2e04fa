package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The several-node set-up as production runs it: changes go to the outbox table in the committing transaction, and the
 * background agent indexes them afterwards, so a listing is found once its event has been processed (and only then
 * does the outbox empty). The indexes carry their own prefix, as an operator sets with PASAR_SEARCH_INDEX_PREFIX.
 */
@SpringBootTest(properties = {
        "pasar.search.coordination=outbox-polling",
        "pasar.search.index-prefix=outbox-test-",
        // The suite's "sync" (wait for the index in the committing thread) cannot apply: the agents index afterwards.
        "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=",
        "spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=100"})
class SearchOutboxTest {

    @Autowired
    ProductSearch search;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    ProducerGroups groups;
    @Autowired
    SearchIndex index;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_approved_listing_is_found_after_the_outbox_is_processed() {
        ProductId gerabah = Caller.runAsSystem(() -> {
            GroupId group = groups.register(new NewGroup("Sanggar Tidore", new LocalizedText("Cerita.", "Story."),
                    "KAWASAN_RAWAN", "82", "Kota Tidore Kepulauan", null, null, null, null, null, null, null, 6, 2022), false);
            groups.verify(group);
            ProductId id = listings.create(group, new NewListing(new LocalizedText("Gerabah Tidore", "Tidore Earthenware"),
                    new LocalizedText("Gerabah dibakar di tungku kayu.", "Earthenware fired in a wood kiln."), "anyaman",
                    120_000, 900, NewListing.single(2), List.of()), false);
            reviews.approve(id);
            return id;
        });

        awaitTrue(() -> found("gerabah").contains(gerabah));
        awaitTrue(() -> outboxEvents() == 0);
        assertThat(found("membakar gerabah")).as("Indonesian analysis on OpenSearch: dibakar/membakar -> bakar")
                .contains(gerabah);
    }

    @Test
    void the_mass_indexer_rebuilds_the_prefixed_index_with_every_product() throws Exception {
        Caller.runAsSystem(index::rebuild);

        assertThat(index.indexedCount()).isEqualTo(index.databaseCount());
        HttpResponse<String> aliases = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(System.getProperty("pasar.search.url") + "/_cat/aliases?h=alias")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(aliases.body()).contains("outbox-test-product-read", "outbox-test-product-write");
    }

    private List<ProductId> found(String words) {
        return search.search(words, CatalogQuery.all(), Locale.of("id"), 0, 20).cards().stream().map(ProductCard::id).toList();
    }

    private long outboxEvents() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM hsearch_outbox_event", Long.class);
        return count == null ? 0 : count;
    }

    /** Waits for the background agent; the limit only keeps a broken set-up from hanging the build. */
    private static void awaitTrue(BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition still false after 60 s").isBefore(giveUp);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
