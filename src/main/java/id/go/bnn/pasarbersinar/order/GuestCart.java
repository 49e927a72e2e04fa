package id.go.bnn.pasarbersinar.order;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A guest's cart, kept in the HTTP session under {@link #SESSION_ATTRIBUTE} (so it moves with the session to a
 * sticky node and is merged into the account's cart at sign-in). Only {@link Cart} changes it.
 */
public final class GuestCart implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String SESSION_ATTRIBUTE = "pasar.order.guest-cart";

    /** A variant's quantity and its price when it was put in the cart. */
    record Line(int quantity, long priceAdded) implements Serializable {
    }

    private final LinkedHashMap<Long, Line> lines = new LinkedHashMap<>();

    synchronized Map<Long, Line> lines() {
        return new LinkedHashMap<>(lines);
    }

    synchronized void put(long variantId, int quantity, long priceAdded) {
        lines.put(variantId, new Line(quantity, priceAdded));
    }

    synchronized void remove(long variantId) {
        lines.remove(variantId);
    }

    synchronized void clear() {
        lines.clear();
    }

    public synchronized boolean isEmpty() {
        return lines.isEmpty();
    }
}
