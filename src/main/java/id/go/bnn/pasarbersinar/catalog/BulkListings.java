package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StorefrontChanged;

import id.go.bnn.pasarbersinar.catalog.internal.BulkListingStore;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many approved listings at once with JDBC batches (imports, large demo catalogs for benchmarks), where
 * creating entities one by one would take minutes ({@link BulkListingStore} runs them). Each product gets one variant
 * holding its stock and one photo. The rows bypass Hibernate, so the search index does not see them: call {@link SearchIndex#rebuild()} afterwards
 * (a start-up import is indexed by {@link SearchIndex}'s own check once the application is ready).
 */
@Service
public class BulkListings {

    private final BulkListingStore store;
    private final ApplicationEventPublisher events;

    BulkListings(BulkListingStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** An approved product as a bulk import writes it. */
    public record BulkProduct(String slug, long groupId, String provinceCode, String programmeCode, String categoryCode,
            String titleId, String titleEn, String descriptionId, String descriptionEn, long price, int weightGrams,
            int stock, int salesCount, String imageHash, boolean demo, Instant publishedAt) {
    }

    public int countWithSlugPrefix(String prefix) {
        return store.countWithSlugPrefix(prefix);
    }

    /** Inserts the products with their variant and photo in one transaction. */
    @Transactional
    public void insertApproved(List<BulkProduct> products) {
        // Approved without review: only the shop itself (demo and benchmark data) or an administrator.
        Caller.current().requireAdmin("inserting approved listings in bulk");
        events.publishEvent(StorefrontChanged.lists());
        store.insertApproved(products);
    }
}
