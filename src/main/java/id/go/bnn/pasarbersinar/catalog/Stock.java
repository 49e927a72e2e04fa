package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.StockStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path of stock and sales: {@code product_variant.stock}, {@code product.total_stock} and
 * {@code product.sales_count} change only here, by conditional SQL the database applies atomically (the entities map
 * those columns read-only, so no full-row update writes back a figure it read earlier). A reservation is one
 * conditional update ({@code stock >= quantity}), so however many buyers check out at once, no variant goes below zero;
 * the listing editor sets a stock only if it is still the figure the producer saw ({@code stock = seen}), so a save
 * never undoes a reservation. The product's {@code total_stock} (the "in stock" filter) moves by the same amount in the
 * same transaction, and the changed products are indexed again after the commit. The SQL is {@link StockStore}'s. Callers run these inside their own
 * transaction, so a failed checkout rolls back every reservation it made.
 */
@Service
public class Stock {

    private final StockStore store;
    private final StockIndexing indexing;

    Stock(StockStore store, StockIndexing indexing) {
        this.store = store;
        this.indexing = indexing;
    }

    /** Takes {@code quantity} off the variant's stock; false (and nothing changed) when not that many are left. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reserve(long variantId, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity must be positive");
        }
        if (!store.take(variantId, quantity)) {
            return false;
        }
        moveTotal(productOf(variantId), -quantity);
        return true;
    }

    /** Puts reserved or returned items back on sale. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long variantId, int quantity) {
        if (quantity <= 0) {
            return;
        }
        if (store.putBack(variantId, quantity)) {
            moveTotal(productOf(variantId), quantity);
        }
    }

    /**
     * Moves {@code quantity} of a variant from online sale to an exhibition's booth: false (nothing changed) when the
     * variant has not that many left online. Like a reservation, atomic in the caller's transaction, with the product's
     * total, its search entry and the storefront's cached pages following.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean withdrawForExhibition(long variantId, int quantity) {
        return reserve(variantId, quantity);
    }

    /** Gives what was left at an exhibition back to online sale (nothing when the variant was deleted meanwhile). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void returnFromExhibition(long variantId, int quantity) {
        release(variantId, quantity);
    }

    /** Counts sold items for the "best selling" sort; called once per paid order, in the transaction that records it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countSales(long productId, int quantity) {
        store.countSales(productId, quantity);
        indexing.changed(productId);
    }

    /**
     * The editor's decision for an existing variant: its stock becomes {@code wanted} if it is still {@code seen}, the
     * figure the producer was shown. False (nothing changed) when orders moved it meanwhile; the producer decides again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean setIfUnchanged(long productId, long variantId, int seen, int wanted) {
        if (seen == wanted) {
            // Not a stock decision: whatever orders did meanwhile stands.
            return true;
        }
        if (!store.setIfStill(variantId, seen, wanted)) {
            return false;
        }
        moveTotal(productId, wanted - seen);
        return true;
    }

    /** A variant's stock now, as the editor shows it again when the figure moved. */
    @Transactional(propagation = Propagation.MANDATORY)
    int current(long variantId) {
        return store.lockedStock(variantId);
    }

    /**
     * A variant the editor is about to delete: its stock leaves the product's total. The row stays locked until the
     * deletion commits, so no checkout takes from it meanwhile (one that waited finds it gone: sold out).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void withdraw(long productId, long variantId) {
        int left = store.lockedStock(variantId);
        moveTotal(productId, -left);
    }

    /** A variant the editor adds (inserted with its stock by the listing itself): its stock joins the product's total. */
    @Transactional(propagation = Propagation.MANDATORY)
    void added(long productId, int stock) {
        moveTotal(productId, stock);
    }

    private void moveTotal(long productId, int by) {
        if (by != 0) {
            store.moveTotal(productId, by);
        }
        indexing.changed(productId);
    }

    private long productOf(long variantId) {
        return store.productOf(variantId);
    }

    public Optional<Purchasable> find(long variantId) {
        return findAll(List.of(variantId)).values().stream().findFirst();
    }

    /** The variants that exist, by id; a deleted one is simply absent. */
    public Map<Long, Purchasable> findAll(Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        return store.purchasables(variantIds);
    }

    /** Every variant of a group's listings with its online stock (drafts and hidden ones too), by product title. */
    public List<Purchasable> ofGroup(long groupId) {
        return store.purchasablesOfGroup(groupId);
    }
}
