package id.go.bnn.pasarbersinar.shell.internal;

import id.go.bnn.pasarbersinar.shell.StorefrontPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** How a page goes into the cache (what of a response is kept) and comes out of it (a full answer or a 304). */
@Component
class PageCacheResponses {

    /**
     * Headers of a response that are never kept: the visitor's own (cookies, nonce), those written per answer, and the
     * server's compression of this answer (the kept body is the uncompressed one; the server compresses each answer).
     */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-security-policy", "date", "content-length",
            "transfer-encoding", "etag", "last-modified", "cache-control", "expires", "pragma", "content-type",
            "content-encoding", "vary",
            PageCacheFilter.HEADER.toLowerCase());

    /** The page to keep from a response Vaadin built, or null when it is not one to share with other visitors. */
    PageCache.Page keepable(HttpServletRequest request, HttpServletResponse response, PageCopy buffered,
            Instant now) {
        Object nonce = request.getAttribute(ContentSecurityPolicy.NONCE_ATTRIBUTE);
        String type = buffered.getContentType();
        if (buffered.getStatus() != 200 || nonce == null || type == null || !type.startsWith("text/html")
                || !type.toLowerCase(java.util.Locale.ROOT).contains("utf-8")
                || response.getHeaders("Set-Cookie").stream().anyMatch(cookie -> !cookie.startsWith("JSESSIONID="))) {
            return null;
        }
        byte[] bytes = buffered.body();
        if (bytes == null) {
            return null;
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        if (!body.contains("type=\"" + DeferredStart.DEFERRED_TYPE + "\"")) {
            return null; // the page carries the UI state of one visitor's session
        }
        String kept = body.replace(nonce.toString(), PageCache.NONCE_PLACEHOLDER);
        List<byte[]> parts = new ArrayList<>();
        for (String part : kept.split(Pattern.quote(PageCache.NONCE_PLACEHOLDER), -1)) {
            parts.add(part.getBytes(StandardCharsets.UTF_8));
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase())) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        boolean showsMany = !(request.getAttribute(StorefrontPage.ATTRIBUTE) instanceof StorefrontPage.Dependencies);
        StorefrontPage.Dependencies dependencies = showsMany ? new StorefrontPage.Dependencies(Set.of(), Set.of())
                : (StorefrontPage.Dependencies) request.getAttribute(StorefrontPage.ATTRIBUTE);
        return new PageCache.Page(List.copyOf(parts), type, List.copyOf(headers), etag(kept), PageCacheFilter.seconds(now), now, showsMany,
                dependencies.listingIds(), dependencies.groupIds());
    }

    void validators(HttpServletResponse response, PageCache.Page page) {
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", PageCacheFilter.REVALIDATE);
    }

    void serve(HttpServletRequest request, HttpServletResponse response, PageCache.Page page, String nonce) throws IOException {
        response.setHeader(PageCacheFilter.HEADER, "HIT");
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        validators(response, page);
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.policy(nonce));
        response.setContentType(page.contentType());
        int length = page.parts().stream().mapToInt(part -> part.length).sum() + (page.parts().size() - 1) * nonce.length();
        response.setContentLength(length);
        PageCacheFilter.write(response.getOutputStream(), page, nonce);
    }

    static boolean notModified(HttpServletRequest request, PageCache.Page page) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            for (String tag : match.split(",")) {
                String candidate = tag.trim();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(page.etag())) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && since >= page.lastModified().toEpochMilli();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    static String etag(String keptBody) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(keptBody.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
