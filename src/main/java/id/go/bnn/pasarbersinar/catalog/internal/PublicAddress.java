package id.go.bnn.pasarbersinar.catalog.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The shop's absolute address for the links that must be absolute: canonical, Open Graph, sitemap, robots.txt. It is
 * {@code PASAR_BASE_URL} ({@code pasar.canonical-base-url}) when set, so that a forged {@code Host} header never ends
 * up in them; otherwise the address the visitor reached (behind a proxy, as the trusted forwarded headers say), and
 * then what is built from it is never cached.
 */
final class PublicAddress {

    private PublicAddress() {
    }

    static String base(HttpServletRequest request) {
        String configured = configured(request);
        if (!configured.isEmpty()) {
            return configured;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443) || port <= 0;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    /** Caching for an answer that contains {@link #base}: as given with a configured address, else none at all. */
    static CacheControl caching(HttpServletRequest request, CacheControl whenConfigured) {
        return configured(request).isEmpty() ? CacheControl.noStore() : whenConfigured;
    }

    private static String configured(HttpServletRequest request) {
        var context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        String value = context == null ? null : context.getEnvironment().getProperty("pasar.canonical-base-url");
        return value == null ? "" : value.strip().replaceAll("/+$", "");
    }
}
