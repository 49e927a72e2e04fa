package id.go.bnn.pasarbersinar.order;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed-in buyers' carts (a guest's lives in its session). Here beside {@link Cart} rather than in internal: its
 * rows are {@link GuestCart} lines, which only this package sees.
 */
@Component
class CartStore {

    private final JdbcClient jdbc;

    CartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's cart lines by variant id, in the order they were added. */
    Map<Long, GuestCart.Line> lines(long accountId) {
        Map<Long, GuestCart.Line> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT variant_id, quantity, price_added FROM cart_item WHERE account_id = ? ORDER BY added_at, id")
                .param(accountId)
                .query(rs -> {
                    lines.put(rs.getLong(1), new GuestCart.Line(rs.getInt(2), rs.getLong(3)));
                });
        return lines;
    }

    /** Sets the quantity of a variant in the account's cart, adding the line (at {@code at}) if it is not there. */
    void put(long accountId, long variantId, int quantity, long priceAdded, Instant at) {
        int updated = jdbc.sql("UPDATE cart_item SET quantity = ?, price_added = ? WHERE account_id = ? AND variant_id = ?")
                .params(quantity, priceAdded, accountId, variantId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO cart_item (account_id, variant_id, quantity, price_added, added_at) VALUES (?, ?, ?, ?, ?)")
                    .params(accountId, variantId, quantity, priceAdded, Timestamp.from(at)).update();
        }
    }

    void remove(long accountId, long variantId) {
        jdbc.sql("DELETE FROM cart_item WHERE account_id = ? AND variant_id = ?").params(accountId, variantId).update();
    }

    void clear(long accountId) {
        jdbc.sql("DELETE FROM cart_item WHERE account_id = ?").param(accountId).update();
    }
}
