package id.go.bnn.pasarbersinar.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The shop's public address ({@code PASAR_BASE_URL}, property {@code pasar.base-url}): {@code http} or {@code https},
 * a host, perhaps a port and a path, kept without its trailing slash. Links in mails, the payment provider's and
 * Stripe's return addresses and the share tags are {@link #resolve resolved} against it. The application builds it once
 * at start-up from the setting; a value that is no such address stops the start with a message naming the setting.
 */
public record ShopAddress(String value) {

    /** The setting, as the message of a refused value names it. */
    public static final String SETTING = "pasar.base-url (PASAR_BASE_URL)";

    public ShopAddress {
        value = checked(value);
    }

    /** The address in this setting; refused with a message naming the setting when it is not one. */
    public static ShopAddress of(String configured) {
        return new ShopAddress(configured);
    }

    /** The absolute address of a path of the shop ({@code "mitra/produk/7"} or {@code "/mitra/produk/7"}, a query allowed). */
    public String resolve(String path) {
        return value + (path.startsWith("/") ? path : "/" + path);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String checked(String configured) {
        String address = configured == null ? "" : configured.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw refused(configured);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw refused(configured);
        }
        return address;
    }

    private static IllegalArgumentException refused(String configured) {
        return new IllegalArgumentException(SETTING + " must be the shop's public address, such as https://pasarbersinar.id "
                + "(http or https, a host, perhaps a port and a path, no query), not '" + configured + "'");
    }
}
