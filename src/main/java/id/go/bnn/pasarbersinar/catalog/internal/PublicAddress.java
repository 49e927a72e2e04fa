package id.go.bnn.pasarbersinar.catalog.internal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The shop's absolute address as the visitor reached it (behind a proxy, as the forwarded headers say), for the
 * links that must be absolute: canonical, Open Graph, sitemap.
 */
final class PublicAddress {

    private PublicAddress() {
    }

    static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443) || port <= 0;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
