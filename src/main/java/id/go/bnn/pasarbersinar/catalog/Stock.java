package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * same transaction, and the changed products are indexed again after the commit. Callers run these inside their own
 * transaction, so a failed checkout rolls back every reservation it made.
 */
@Service
public class Stock {

    private final JdbcClient jdbc;
    private final StockIndexing indexing;

    Stock(JdbcClient jdbc, StockIndexing indexing) {
        this.jdbc = jdbc;
        this.indexing = indexing;
    }

    /** Takes {@code quantity} off the variant's stock; false (and nothing changed) when not that many are left. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reserve(long variantId, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity must be positive");
        }
        int updated = jdbc.sql("UPDATE product_variant SET stock = stock - ? WHERE id = ? AND stock >= ?")
                .params(quantity, variantId, quantity)
                .update();
        if (updated != 1) {
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
        int updated = jdbc.sql("UPDATE product_variant SET stock = stock + ? WHERE id = ?").params(quantity, variantId).update();
        if (updated == 1) {
            moveTotal(productOf(variantId), quantity);
        }
    }

    /** Counts sold items for the "best selling" sort; called once per paid order, in the transaction that records it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countSales(long productId, int quantity) {
        jdbc.sql("UPDATE product SET sales_count = sales_count + ? WHERE id = ?").params(quantity, productId).update();
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
        int updated = jdbc.sql("UPDATE product_variant SET stock = ? WHERE id = ? AND stock = ?").params(wanted, variantId, seen).update();
        if (updated != 1) {
            return false;
        }
        moveTotal(productId, wanted - seen);
        return true;
    }

    /** A variant's stock now, as the editor shows it again when the figure moved. */
    @Transactional(propagation = Propagation.MANDATORY)
    int current(long variantId) {
        // A locking read: on MariaDB a plain one would answer from the transaction's snapshot, the figure already seen.
        return jdbc.sql("SELECT stock FROM product_variant WHERE id = ? FOR UPDATE").param(variantId).query(Integer.class).optional().orElse(0);
    }

    /**
     * A variant the editor is about to delete: its stock leaves the product's total. The row stays locked until the
     * deletion commits, so no checkout takes from it meanwhile (one that waited finds it gone: sold out).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void withdraw(long productId, long variantId) {
        int left = jdbc.sql("SELECT stock FROM product_variant WHERE id = ? FOR UPDATE").param(variantId).query(Integer.class)
                .optional().orElse(0);
        moveTotal(productId, -left);
    }

    /** A variant the editor adds (inserted with its stock by the listing itself): its stock joins the product's total. */
    @Transactional(propagation = Propagation.MANDATORY)
    void added(long productId, int stock) {
        moveTotal(productId, stock);
    }

    private void moveTotal(long productId, int by) {
        if (by != 0) {
            jdbc.sql("UPDATE product SET total_stock = total_stock + ? WHERE id = ?").params(by, productId).update();
        }
        indexing.changed(productId);
    }

    private long productOf(long variantId) {
        return jdbc.sql("SELECT product_id FROM product_variant WHERE id = ?").param(variantId).query(Long.class).single();
    }

    public Optional<Purchasable> find(long variantId) {
        return findAll(List.of(variantId)).values().stream().findFirst();
    }

    /** The variants that exist, by id; a deleted one is simply absent. */
    public Map<Long, Purchasable> findAll(Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT v.id, p.id, p.slug, p.title_id, p.title_en, v.name_id, v.name_en, "
                        + "(SELECT COUNT(*) FROM product_variant o WHERE o.product_id = p.id), COALESCE(v.price, p.price), v.stock, "
                        + "p.weight_grams, p.group_id, p.category_code, CASE WHEN " + Catalog.VISIBLE + " THEN 1 ELSE 0 END "
                        + "FROM product_variant v JOIN product p ON p.id = v.product_id WHERE v.id IN (:ids)")
                .param("ids", List.copyOf(variantIds))
                .query((rs, row) -> new Purchasable(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        new LocalizedText(rs.getString(4), rs.getString(5)), new LocalizedText(rs.getString(6), rs.getString(7)),
                        rs.getInt(8) <= 1, Money.rupiah(rs.getLong(9)), rs.getInt(10), rs.getInt(11), rs.getLong(12),
                        rs.getString(13), rs.getInt(14) == 1))
                .list().stream()
                .collect(Collectors.toMap(Purchasable::variantId, Function.identity()));
    }
}
