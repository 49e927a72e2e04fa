package id.go.bnn.pasarbersinar.order;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Guests' carts by the key of their cookie, shared by every app node. Beside {@link Cart} (like {@link CartStore}):
 * its rows are {@link GuestCart} lines, which only this package sees.
 */
@Component
class GuestCartStore {

    private final JdbcClient jdbc;

    GuestCartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cart's lines by variant id, in the order they were added; none for an unknown or expired key. */
    Map<Long, GuestCart.Line> lines(GuestCart cart) {
        Map<Long, GuestCart.Line> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT variant_id, quantity, price_added FROM guest_cart_item WHERE cart_key = ? ORDER BY added_at, id")
                .param(cart.key())
                .query(rs -> {
                    lines.put(rs.getLong(1), new GuestCart.Line(rs.getInt(2), rs.getLong(3)));
                });
        return lines;
    }

    /** Sets the quantity of a variant, adding the line (and the cart) if it is not there; the cart counts as changed. */
    void put(GuestCart cart, long variantId, int quantity, long priceAdded, Instant at) {
        touch(cart, at);
        int updated = jdbc.sql("UPDATE guest_cart_item SET quantity = ?, price_added = ? WHERE cart_key = ? AND variant_id = ?")
                .params(quantity, priceAdded, cart.key(), variantId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO guest_cart_item (cart_key, variant_id, quantity, price_added, added_at) VALUES (?, ?, ?, ?, ?)")
                    .params(cart.key(), variantId, quantity, priceAdded, Timestamp.from(at)).update();
        }
    }

    void remove(GuestCart cart, long variantId, Instant at) {
        touch(cart, at);
        jdbc.sql("DELETE FROM guest_cart_item WHERE cart_key = ? AND variant_id = ?").params(cart.key(), variantId).update();
    }

    /** Empties and forgets the cart (after checkout, or when it joined an account's cart). */
    void clear(GuestCart cart) {
        jdbc.sql("DELETE FROM guest_cart WHERE cart_key = ?").param(cart.key()).update();
    }

    /** Deletes the carts nobody changed since {@code before}, with their lines; returns how many. */
    int deleteUnchangedSince(Instant before) {
        return jdbc.sql("DELETE FROM guest_cart WHERE changed_at < ?").param(Timestamp.from(before)).update();
    }

    private void touch(GuestCart cart, Instant at) {
        int updated = jdbc.sql("UPDATE guest_cart SET changed_at = ? WHERE cart_key = ?").params(Timestamp.from(at), cart.key()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO guest_cart (cart_key, changed_at) VALUES (?, ?)").params(cart.key(), Timestamp.from(at)).update();
        }
    }
}
