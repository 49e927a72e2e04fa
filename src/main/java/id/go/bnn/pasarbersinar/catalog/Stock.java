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
 * Stock of variants for the order module. A reservation is one conditional update ({@code stock >= quantity}) that
 * the database applies atomically, so however many buyers check out at once, no variant goes below zero; the
 * product's {@code total_stock} (for the "in stock" filter) moves in the same transaction. Callers run these inside
 * their own transaction, so a failed checkout rolls back every reservation it made.
 */
@Service
public class Stock {

    private final JdbcClient jdbc;

    Stock(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        jdbc.sql("UPDATE product SET total_stock = total_stock - ? WHERE id = (SELECT v.product_id FROM product_variant v WHERE v.id = ?)")
                .params(quantity, variantId)
                .update();
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
            jdbc.sql("UPDATE product SET total_stock = total_stock + ? WHERE id = (SELECT v.product_id FROM product_variant v WHERE v.id = ?)")
                    .params(quantity, variantId)
                    .update();
        }
    }

    /** Counts sold items for the "best selling" sort; called once per paid order, in the transaction that records it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countSales(long productId, int quantity) {
        jdbc.sql("UPDATE product SET sales_count = sales_count + ? WHERE id = ?").params(quantity, productId).update();
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
