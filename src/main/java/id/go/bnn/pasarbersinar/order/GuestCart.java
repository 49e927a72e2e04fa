package id.go.bnn.pasarbersinar.order;

import jakarta.servlet.http.Cookie;
import java.io.Serial;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A guest's cart: a random key, kept in the browser's {@link #COOKIE} cookie (and, for the session's own requests, in
 * the session under {@link #SESSION_ATTRIBUTE}); its lines are in the database ({@code guest_cart}), so a guest whose
 * node died finds the cart on any other node. Only {@link Cart} reads and changes the lines; at sign-in they join the
 * account's cart.
 */
public final class GuestCart implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    public static final String SESSION_ATTRIBUTE = "pasar.order.guest-cart";
    /** The cookie holding the key: random, HttpOnly, kept as long as a guest cart lives. */
    public static final String COOKIE = "PB_CART";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 random bytes, Base64url without padding. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A variant's quantity and its price when it was put in the cart. */
    record Line(int quantity, long priceAdded) implements Serializable {
    }

    private final String key;

    /** A new, empty cart under a fresh random key. */
    public GuestCart() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private GuestCart(String key) {
        this.key = key;
    }

    /** The cart a cookie value names; empty when the value is not a key this shop could have made. */
    public static Optional<GuestCart> of(String cookieValue) {
        return cookieValue != null && KEY.matcher(cookieValue).matches() ? Optional.of(new GuestCart(cookieValue)) : Optional.empty();
    }

    /** The cart the request's {@link #COOKIE} names, if any. */
    public static Optional<GuestCart> fromCookies(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The value of the cookie. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GuestCart cart && cart.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "GuestCart[…]"; // the key is a bearer secret: not in logs
    }
}
