package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.shared.ShopAddress;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Signed order links for guests: {@code /pesanan/PB-2611-4K7Q?t=<HMAC-SHA256 of the number>}. The secret is
 * {@code pasar.order.link-secret}, or one made at first start and kept in the database so every node shares it.
 */
@Component
public class OrderLinks {

    /** scheme://host[:port][/context]: what a visitor's address may be to be used as a return address. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?(/[A-Za-z0-9._~\\-]+)*");

    private final byte[] secret;
    private final ShopAddress address;
    private final String canonicalBaseUrl;

    OrderLinks(OrderStore store, @Value("${pasar.order.link-secret:}") String configured,
            ShopAddress address, @Value("${pasar.canonical-base-url:}") String canonicalBaseUrl) {
        this.address = address;
        this.canonicalBaseUrl = canonicalBaseUrl.strip().replaceAll("/+$", "");
        if (!configured.isBlank()) {
            this.secret = configured.getBytes(StandardCharsets.UTF_8);
            return;
        }
        String stored = store.linkSecret().orElse(null);
        if (stored == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                store.insertLinkSecret(HexFormat.of().formatHex(fresh));
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // the other node's secret is read below
            }
            stored = store.linkSecret().orElseThrow();
        }
        this.secret = HexFormat.of().parseHex(stored);
    }

    public String token(String orderNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("order:" + orderNumber).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean valid(String orderNumber, String token) {
        if (orderNumber == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(token(orderNumber).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The order's page with its signature, relative to the shop (what the browser is sent to). */
    public String path(String orderNumber) {
        return "pesanan/" + orderNumber + "?t=" + token(orderNumber);
    }

    /** The same as an absolute address, for mails and the payment provider's return. */
    public String url(String orderNumber) {
        return address.resolve(path(orderNumber));
    }

    /**
     * Where the payment provider sends the buyer back: the order's page on {@code PASAR_BASE_URL} when it is set;
     * otherwise on the address the visitor used (so the browser brings its session and language cookies along, which
     * a default {@code localhost} would lose for anyone on another address); {@code pasar.base-url} when neither is known.
     */
    public String returnUrl(String orderNumber, String visitorAddress) {
        if (!canonicalBaseUrl.isEmpty()) {
            return canonicalBaseUrl + "/" + path(orderNumber);
        }
        if (visitorAddress != null && ADDRESS.matcher(visitorAddress).matches()) {
            return visitorAddress + "/" + path(orderNumber);
        }
        return url(orderNumber);
    }

    public String absolute(String path) {
        return address.resolve(path);
    }
}
