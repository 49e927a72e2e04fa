package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.Product;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import id.go.bnn.pasarbersinar.shared.StorefrontChanged;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Brings the search index's {@code totalStock} and {@code salesCount} up to date for the products whose figures changed
 * in a transaction. Those columns are written by plain SQL ({@link Stock}), which Hibernate Search never sees, so the
 * ids are collected while the transaction runs and only those products are indexed again once it has committed: the
 * cost follows the products that changed, never the size of the catalog, and a rolled-back change is never indexed.
 * Each product is read afresh in a session of its own, so the index gets what was committed, whatever the caller's
 * persistence context held.
 */
@Component
class StockIndexing {

    private static final Logger log = LoggerFactory.getLogger(StockIndexing.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ApplicationEventPublisher events;

    StockIndexing(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events) {
        this.entityManagerFactory = entityManagerFactory;
        this.events = events;
    }

    /** Notes that this product's stock or sales changed; indexed after the commit (at once outside a transaction). */
    void changed(long productId) {
        // The product page shows each variant's stock: its cached copy goes with the change (docs/performance.md).
        events.publishEvent(StorefrontChanged.listing(productId));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reindex(List.of(productId));
            return;
        }
        pending().productIds.add(productId);
    }

    // The ids live in the synchronization itself, so a nested REQUIRES_NEW transaction (whose synchronizations are
    // its own) collects and indexes its ids at its own commit.
    private Pending pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner() == this) {
                return pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private final class Pending implements TransactionSynchronization {

        final Set<Long> productIds = new LinkedHashSet<>();

        StockIndexing owner() {
            return StockIndexing.this;
        }

        @Override
        public void afterCommit() {
            reindex(productIds);
        }
    }

    /** Indexes these products again from the database; a failure is logged (the sale has happened), never thrown. */
    void reindex(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            SearchSession search = Search.session(entityManager);
            entityManager.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class)
                    .setParameter("ids", List.copyOf(productIds))
                    .getResultList()
                    .forEach(product -> search.indexingPlan().addOrUpdate(product));
            transaction.commit();
        } catch (RuntimeException e) {
            log.warn("Search index not updated for products {} after a stock or sales change; it heals at the next change "
                    + "or index rebuild", productIds, e);
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } finally {
            entityManager.close();
        }
    }
}
