package id.go.bnn.pasarbersinar.shell.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's copies of storefront pages (the first HTML, with a placeholder where the CSP nonce goes), at most
 * {@code pasar.page-cache.max-entries}, the least recently used leaving first, none older than
 * {@code pasar.page-cache.max-age}. A change ({@link PageCacheChanges}) drops the pages it touches.
 *
 * <p>A page built while a change was dropped is not kept: {@link #generation()} is read before the page is built and
 * {@link #put} keeps it only if no change came in meanwhile, so a page built from data read before a commit never
 * outlives that commit's eviction. Until the changes table has been read once ({@link #open}) nothing is kept.
 */
@Component
class PageCache {

    /** Where the nonce of each response goes in a kept page. */
    static final String NONCE_PLACEHOLDER = "\u0000pb-nonce\u0000";

    /**
     * A kept page: its body cut where the nonce goes, the headers to answer with, and what it depends on. A page with
     * {@code showsMany} shows many listings and goes at every change; else it goes when one of its listings or
     * groups changes.
     */
    record Page(List<byte[]> parts, String contentType, List<Map.Entry<String, String>> headers, String etag,
            Instant lastModified, Instant kept, boolean showsMany, Set<Long> listingIds, Set<Long> groupIds) {

        boolean touchedBy(String scope) {
            if (showsMany || PageCacheChanges.ALL.equals(scope)) {
                return true;
            }
            if (scope.startsWith(PageCacheChanges.LISTING)) {
                return listingIds.contains(id(scope, PageCacheChanges.LISTING));
            }
            if (scope.startsWith(PageCacheChanges.GROUP)) {
                return groupIds.contains(id(scope, PageCacheChanges.GROUP));
            }
            return false;
        }

        private static long id(String scope, String prefix) {
            try {
                return Long.parseLong(scope.substring(prefix.length()));
            } catch (NumberFormatException notAnId) {
                return -1;
            }
        }
    }

    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;
    private final LinkedHashMap<String, Page> pages;
    private long generation;
    private boolean open;

    PageCache(@Value("${pasar.page-cache.max-entries:2000}") int maxEntries,
            @Value("${pasar.page-cache.max-age:10m}") Duration maxAge, Clock clock) {
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
        this.pages = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
                return size() > PageCache.this.maxEntries;
            }
        };
    }

    synchronized Page get(String key) {
        Page page = pages.get(key);
        if (page != null && page.kept().plus(maxAge).isBefore(clock.instant())) {
            pages.remove(key);
            return null;
        }
        return page;
    }

    synchronized long generation() {
        return generation;
    }

    /** Keeps the page unless a change came in since {@code builtAt} was read, or the cache is not open yet. */
    synchronized boolean put(String key, Page page, long builtAt) {
        if (!open || builtAt != generation || maxEntries <= 0) {
            return false;
        }
        pages.put(key, page);
        return true;
    }

    synchronized void open() {
        open = true;
    }

    /** Drops every page one of these changes touches; returns how many went. */
    synchronized int evict(Collection<String> scopes) {
        generation++;
        int before = pages.size();
        pages.values().removeIf(page -> scopes.stream().anyMatch(page::touchedBy));
        return before - pages.size();
    }

    synchronized int size() {
        return pages.size();
    }

    synchronized void clear() {
        generation++;
        pages.clear();
    }

    Instant now() {
        return clock.instant();
    }
}
