package id.go.bnn.pasarbersinar.shell.internal;

import id.go.bnn.pasarbersinar.shell.Languages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the first HTML of the storefront pages ({@code pasar.page-cache.paths}) to visitors without a session from
 * {@link PageCache}, before Spring Security and Vaadin: a page in the cache costs a map lookup and a write. Each
 * answer gets a fresh CSP nonce in its header and in every place the page had one; no session is opened and no cookie
 * set. A page is kept only when it is the deferred-start page ({@link DeferredStart}: no UI state in it, the live view
 * is built by Vaadin's own {@code ?v-r=init} request on the visitor's first tap), answered 200.
 *
 * <p>A visitor with a live session (signed in, or a guest cart, both kept in the session, or a started live page)
 * gets what Vaadin builds for them, as without the cache ({@code X-Page-Cache: BYPASS}). Pages carry {@code ETag}
 * (a hash of the page without its nonce) and {@code Last-Modified} with {@code Cache-Control: no-cache}, so a browser
 * asks again each time and a revisit of an unchanged page is a {@code 304} (without a CSP header: the browser keeps
 * the policy whose nonce its copy carries).
 *
 * <p>Misses of one page are built once: while one request builds it, the others for the same key wait for that build
 * (at most {@code pasar.page-cache.miss-wait}) and are answered from the copy it kept; if the build takes longer, is
 * not kept or fails, each waiting request builds the page itself, as without the cache.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PageCacheFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Page-Cache";
    static final String REVALIDATE = "no-cache";
    static final int MAX_BODY = 2 * 1024 * 1024;

    private final PageCache cache;
    private final PageCacheResponses responses;
    private final boolean enabled;
    private final Pattern paths;
    private final Duration missWait;
    private final SecureRandom random = new SecureRandom();
    /** The builds under way, by key: completed when the build has ended (kept or not). */
    private final ConcurrentHashMap<String, CompletableFuture<Void>> building = new ConcurrentHashMap<>();
    private final AtomicLong builds = new AtomicLong();

    PageCacheFilter(PageCache cache, PageCacheResponses responses, @Value("${pasar.page-cache.enabled:true}") boolean enabled,
            @Value("${pasar.page-cache.paths:/|/katalog|/cari|/produk/[^/]+|/kelompok/[^/]+|/koleksi/[^/]+|/dampak}") String paths,
            @Value("${pasar.page-cache.miss-wait:3s}") Duration missWait) {
        this.cache = cache;
        this.responses = responses;
        this.enabled = enabled;
        this.paths = Pattern.compile(paths);
        this.missWait = missWait;
    }

    /** How many pages this filter has had Vaadin build for visitors without a session (for tests and benchmarks). */
    long builds() {
        return builds.get();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || !"GET".equals(request.getMethod()) || !paths.matcher(path(request)).matches()
                || vaadinRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (bypass(request)) {
            response.setHeader(HEADER, "BYPASS");
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        PageCache.Page page = cache.get(key);
        if (page != null) {
            responses.serve(request, response, page, nonce());
            return;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = building.putIfAbsent(key, mine);
        if (other != null) {
            page = awaitBuild(key, other);
            if (page != null) {
                responses.serve(request, response, page, nonce());
                return;
            }
            build(request, response, chain, key);
            return;
        }
        try {
            build(request, response, chain, key);
        } finally {
            building.remove(key, mine);
            mine.complete(null);
        }
    }

    /** The page another request is building, once it is kept; null when it takes longer than the wait or is not kept. */
    private PageCache.Page awaitBuild(String key, CompletableFuture<Void> build) {
        try {
            build.get(missWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException slowOrFailed) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
        return cache.get(key);
    }

    private void build(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
            throws ServletException, IOException {
        builds.incrementAndGet();
        long generation = cache.generation();
        response.setHeader(HEADER, "MISS");
        // Set before Spring Security writes its headers, which then leaves caching alone (no "no-store"): the page
        // of a visitor without a session holds nothing of theirs.
        response.setHeader("Cache-Control", REVALIDATE);
        PageCopy copy = new PageCopy(response, MAX_BODY);
        chain.doFilter(request, copy);
        PageCache.Page page = responses.keepable(request, response, copy, cache.now());
        if (page != null) {
            cache.put(key, page, generation);
        }
    }

    /**
     * A visitor whose page Vaadin must build: anyone with a session, an account's credentials, or a guest cart (its
     * cookie, {@code order.GuestCart.COOKIE}, named here as text since the shell does not depend on the order module:
     * the header's cart badge is theirs, even when the node that held their session is gone).
     */
    static boolean bypass(HttpServletRequest request) {
        return request.getSession(false) != null || request.getHeader("Authorization") != null || hasCartCookie(request);
    }

    static final String CART_COOKIE = "PB_CART";

    private static boolean hasCartCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (CART_COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Vaadin's own requests on a page's address (the live page's {@code ?v-r=init}, the old-browser page, …). */
    private static boolean vaadinRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-") || query.contains("&v-"));
    }

    /** Path, query with its parameters in name order (values of one name in their order), and language. */
    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String normalised = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty())
                .sorted(Comparator.comparing(part -> part.contains("=") ? part.substring(0, part.indexOf('=')) : part))
                .collect(Collectors.joining("&"));
        return path(request) + "?" + normalised + "#" + Languages.fromCookies(request.getCookies()).getLanguage();
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }

    private String nonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    static Instant seconds(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    static void write(OutputStream out, PageCache.Page page, String nonce) throws IOException {
        byte[] nonceBytes = nonce.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < page.parts().size(); i++) {
            if (i > 0) {
                out.write(nonceBytes);
            }
            out.write(page.parts().get(i));
        }
    }
}
