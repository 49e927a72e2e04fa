package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.CatalogQueries;
import id.go.bnn.pasarbersinar.catalog.internal.Product;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StartUpLock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database. Changes made through {@link Listings} are indexed as they are
 * committed; rows written around Hibernate ({@link BulkListings}, a restored backup, a fresh node) are not, so the
 * index is rebuilt at start-up when it does not hold as many products as the database ({@code pasar.search.reindex-on-start}:
 * {@code auto}, {@code always} or {@code never}), and whoever bulk-imports calls {@link #rebuild()}.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final CatalogQueries queries;
    private final TransactionTemplate transaction;
    private final String reindexOnStart;
    private final boolean reindexAndExit;
    private final boolean sharedIndex;
    private final StartUpLock startUpLock;

    SearchIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager, CatalogQueries queries,
            TransactionTemplate transaction, @Value("${pasar.search.reindex-on-start:auto}") String reindexOnStart,
            @Value("${pasar.search.reindex:false}") boolean reindexAndExit, @Value("${pasar.search.url:}") String searchUrl,
            StartUpLock startUpLock) {
        this.sharedIndex = !searchUrl.isBlank();
        this.startUpLock = startUpLock;
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.queries = queries;
        this.transaction = transaction;
        this.reindexOnStart = reindexOnStart;
        this.reindexAndExit = reindexAndExit;
    }

    // After the ApplicationRunners, so that a large demo catalog generated at start-up is indexed.
    @EventListener(ApplicationReadyEvent.class)
    void onStart(ApplicationReadyEvent ready) {
        if (reindexAndExit) {
            // The operators' command (docs/operations.md): one run that rebuilds the index, shared by every node on
            // OpenSearch, and ends with exit code 0, or 1 when the rebuild failed.
            int code = 0;
            try {
                Caller.runAsSystem(this::rebuild);
            } catch (RuntimeException e) {
                log.error("Search index rebuild failed", e);
                code = 1;
            }
            int status = code;
            System.exit(SpringApplication.exit(ready.getApplicationContext(), () -> status));
        }
        if (reindexOnStart.equals("never")) {
            log.info("Search index not checked at start-up (pasar.search.reindex-on-start=never)");
        } else if (sharedIndex) {
            // One index on OpenSearch for every node: nodes starting together check (and fill) it in turn, so that the
            // later ones find it full instead of rebuilding it again at the same time.
            startUpLock.once("search-index", this::checkOnStart);
        } else {
            checkOnStart();
        }
    }

    private void checkOnStart() {
        Caller.runAsSystem(() -> {
            if (reindexOnStart.equals("always")) {
                rebuild();
            } else {
                rebuildIfStale();
            }
        });
    }

    public long indexedCount() {
        Long count = transaction.execute(tx -> Search.session(entityManager).search(Product.class).where(f -> f.matchAll())
                .fetchTotalHitCount());
        return count == null ? 0 : count;
    }

    public long databaseCount() {
        return queries.countAll();
    }

    /** Rebuilds the index when it does not hold every product of the database. */
    public boolean rebuildIfStale() {
        Caller.current().requireAdmin("rebuilding the search index");
        long indexed = indexedCount();
        long stored = databaseCount();
        if (indexed == stored) {
            log.info("Search index holds all {} products", stored);
            return false;
        }
        log.info("Search index holds {} of {} products: rebuilding it", indexed, stored);
        rebuild();
        return true;
    }

    /** Indexes every product again from the database. */
    public void rebuild() {
        Caller.current().requireAdmin("rebuilding the search index");
        long started = System.nanoTime();
        log.info("Search index rebuild of {} products started", databaseCount());
        try {
            // Hibernate Search's own monitor logs the progress (documents done, rate, estimate) as it goes.
            Search.mapping(entityManagerFactory).scope(Product.class).massIndexer()
                    .threadsToLoadObjects(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())))
                    .batchSizeToLoadObjects(500)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Search index rebuild interrupted", e);
        }
        log.info("Search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
