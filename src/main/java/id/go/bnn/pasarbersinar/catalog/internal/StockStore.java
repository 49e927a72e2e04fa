package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.catalog.Purchasable;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of stock and sales ({@code product_variant.stock}, {@code product.total_stock}, {@code product.sales_count}):
 * conditional updates the database applies atomically. Only {@code catalog.Stock} calls it, inside its callers'
 * transactions, and keeps the product's total in step with its variants.
 */
@Repository
public class StockStore {

    private final JdbcClient jdbc;

    StockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes {@code quantity} off the variant's stock if that many are left; false (nothing changed) otherwise. */
    public boolean take(long variantId, int quantity) {
        return jdbc.sql("UPDATE product_variant SET stock = stock - ? WHERE id = ? AND stock >= ?")
                .params(quantity, variantId, quantity)
                .update() == 1;
    }

    /** Puts {@code quantity} back on the variant's stock; false when the variant is gone. */
    public boolean putBack(long variantId, int quantity) {
        return jdbc.sql("UPDATE product_variant SET stock = stock + ? WHERE id = ?").params(quantity, variantId).update() == 1;
    }

    public void countSales(long productId, int quantity) {
        jdbc.sql("UPDATE product SET sales_count = sales_count + ? WHERE id = ?").params(quantity, productId).update();
    }

    /** The variant's stock becomes {@code wanted} if it is still {@code seen}; false (nothing changed) otherwise. */
    public boolean setIfStill(long variantId, int seen, int wanted) {
        return jdbc.sql("UPDATE product_variant SET stock = ? WHERE id = ? AND stock = ?").params(wanted, variantId, seen).update() == 1;
    }

    /** The variant's stock under a row lock (0 when it is gone). */
    public int lockedStock(long variantId) {
        // A locking read: on MariaDB a plain one would answer from the transaction's snapshot, the figure already seen.
        return jdbc.sql("SELECT stock FROM product_variant WHERE id = ? FOR UPDATE").param(variantId).query(Integer.class).optional().orElse(0);
    }

    public void moveTotal(long productId, int by) {
        jdbc.sql("UPDATE product SET total_stock = total_stock + ? WHERE id = ?").params(by, productId).update();
    }

    public long productOf(long variantId) {
        return jdbc.sql("SELECT product_id FROM product_variant WHERE id = ?").param(variantId).query(Long.class).single();
    }

    /** The variants that exist, by id; a deleted one is simply absent. */
    public Map<Long, Purchasable> purchasables(Collection<Long> variantIds) {
        return purchasables("v.id IN (:ids)", "ids", List.copyOf(variantIds)).stream()
                .collect(Collectors.toMap(Purchasable::variantId, Function.identity()));
    }

    /** Every variant of a group's listings, by product title and variant. */
    public List<Purchasable> purchasablesOfGroup(long groupId) {
        return purchasables("p.group_id = :group", "group", groupId).stream()
                .sorted(java.util.Comparator.comparing((Purchasable p) -> p.title().id()).thenComparing(Purchasable::variantId))
                .toList();
    }

    private List<Purchasable> purchasables(String where, String name, Object value) {
        return jdbc.sql("SELECT v.id, p.id, p.slug, p.title_id, p.title_en, v.name_id, v.name_en, "
                        + "(SELECT COUNT(*) FROM product_variant o WHERE o.product_id = p.id), COALESCE(v.price, p.price), v.stock, "
                        + "p.weight_grams, p.group_id, p.category_code, CASE WHEN " + CatalogQueries.VISIBLE + " THEN 1 ELSE 0 END "
                        + "FROM product_variant v JOIN product p ON p.id = v.product_id WHERE " + where)
                .param(name, value)
                .query((rs, row) -> new Purchasable(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        new LocalizedText(rs.getString(4), rs.getString(5)), new LocalizedText(rs.getString(6), rs.getString(7)),
                        rs.getInt(8) <= 1, Money.rupiah(rs.getLong(9)), rs.getInt(10), rs.getInt(11), rs.getLong(12),
                        rs.getString(13), rs.getInt(14) == 1))
                .list();
    }
}
