package id.go.bnn.pasarbersinar.shell.internal;

import id.go.bnn.pasarbersinar.shared.StorefrontChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Carries {@link StorefrontChanged} to the page cache of every node, through the database.
 *
 * <ul>
 * <li>A change is written to {@code page_cache_change} in the transaction that makes it (the listener is a plain
 * {@link EventListener}, so it runs inside the publisher's transaction; the rows are written just before it commits,
 * one per scope), and this node drops the pages it touches right after the commit.</li>
 * <li>Every node reads the table's new rows every {@code pasar.page-cache.poll-interval} (on a thread of its own) (one {@code MAX(id)} when
 * nothing happened) and drops the pages they touch. Ids are handed out before a transaction commits, so a smaller id
 * can become visible after a larger one: an id missing below the largest seen is looked for again at each poll for a
 * minute (a rolled-back change leaves such a hole for good).</li>
 * <li>Rows older than a day are deleted (by any node; deleting twice does no harm).</li>
 * <li>With a search index that follows the database later (OpenSearch through the outbox, {@code pasar.search.url}), a
 * page rebuilt right after an eviction can still show the index's older state: the same pages are dropped again every
 * second for {@code pasar.page-cache.index-lag} (5 s with a search URL, none without), so such a copy lives at most
 * a second once the index has caught up.</li>
 * </ul>
 */
@Component
class PageCacheChanges implements SmartLifecycle {

    static final String ALL = "all";
    static final String LISTS = "lists";
    static final String LISTING = "listing:";
    static final String GROUP = "group:";

    private static final Logger log = LoggerFactory.getLogger(PageCacheChanges.class);
    private static final int BATCH = 5000;
    private static final Duration HOLE_PATIENCE = Duration.ofMinutes(1);
    private static final Duration KEPT = Duration.ofDays(1);

    private final PageCache cache;
    private final PageCacheChangeStore store;

    private boolean started;
    private long floor;
    private final TreeSet<Long> seenAboveFloor = new TreeSet<>();
    private Instant holeSince;
    private Instant lastPrune = Instant.EPOCH;

    private final Duration interval;
    private final Duration indexLag;
    private final Object polling = new Object();
    private ScheduledExecutorService poller;

    PageCacheChanges(PageCache cache, PageCacheChangeStore store) {
        this(cache, store, Duration.ofSeconds(1), Duration.ZERO);
    }

    PageCacheChanges(PageCache cache, PageCacheChangeStore store, Duration interval, Duration indexLag) {
        this.cache = cache;
        this.store = store;
        this.interval = interval;
        this.indexLag = indexLag;
    }

    @Autowired
    PageCacheChanges(PageCache cache, PageCacheChangeStore store, @Value("${pasar.page-cache.poll-interval:1s}") Duration interval,
            @Value("${pasar.page-cache.index-lag:-1s}") Duration indexLag, @Value("${pasar.search.url:}") String searchUrl) {
        // Negative (the default): 5 s when search runs on a server that the outbox feeds after the commit, none otherwise.
        this(cache, store, interval, !indexLag.isNegative() ? indexLag : searchUrl.isBlank() ? Duration.ZERO : Duration.ofSeconds(5));
    }

    /** Drops the pages now and, while the search index may still lag behind, again every second for that long. */
    private void evict(Collection<String> scopes) {
        cache.evict(scopes);
        ScheduledExecutorService again = poller;
        if (again == null || indexLag.isZero() || scopes.isEmpty()) {
            return;
        }
        List<String> copy = List.copyOf(scopes);
        for (long second = 1; second <= indexLag.toSeconds(); second++) {
            try {
                again.schedule(() -> cache.evict(copy), second, TimeUnit.SECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                return;
            }
        }
    }

    // A thread of its own, not Spring's shared scheduler: a long job there (the weekly payout run) must not hold the
    // storefront's freshness back.
    @Override
    public synchronized void start() {
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("page-cache-poll").daemon().factory());
            poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    static List<String> scopes(StorefrontChanged change) {
        if (change.all()) {
            return List.of(ALL);
        }
        List<String> scopes = new ArrayList<>();
        change.listingIds().forEach(id -> scopes.add(LISTING + id));
        change.groupIds().forEach(id -> scopes.add(GROUP + id));
        return scopes.isEmpty() ? List.of(LISTS) : scopes;
    }

    @EventListener
    void on(StorefrontChanged change) {
        List<String> scopes = scopes(change);
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            store.insert(scopes, cache.now());
            evict(scopes);
            return;
        }
        pending().scopes.addAll(scopes);
    }

    private Pending pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner() == this) {
                return pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private final class Pending implements TransactionSynchronization {

        final Set<String> scopes = new LinkedHashSet<>();

        PageCacheChanges owner() {
            return PageCacheChanges.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            Set<String> written = scopes.contains(ALL) ? Set.of(ALL) : scopes;
            store.insert(written, cache.now());
        }

        @Override
        public void afterCommit() {
            evict(scopes);
        }
    }

    /** Reads the changes other nodes (and this one) committed since the last poll and drops what they touch. */
    void poll() {
        synchronized (polling) {
            pollOnce();
        }
    }

    private void pollOnce() {
        try {
            if (!started) {
                floor = store.maxId();
                started = true;
                cache.open();
                return;
            }
            long highest = seenAboveFloor.isEmpty() ? floor : seenAboveFloor.last();
            if (seenAboveFloor.isEmpty() && store.maxId() <= highest) {
                prune();
                return;
            }
            List<PageCacheChangeStore.Change> changes = store.after(floor, BATCH);
            if (changes.size() == BATCH) {
                // Far behind (a bulk change): everything goes, and reading starts again from the newest row.
                cache.clear();
                floor = changes.getLast().id();
                seenAboveFloor.clear();
                holeSince = null;
                return;
            }
            List<String> scopes = new ArrayList<>();
            for (PageCacheChangeStore.Change change : changes) {
                if (seenAboveFloor.add(change.id())) {
                    scopes.add(change.scope());
                }
            }
            if (!scopes.isEmpty()) {
                evict(scopes);
            }
            advanceFloor();
        } catch (RuntimeException e) {
            // The database is away: nothing can be known to be fresh, so nothing is served from memory.
            log.warn("Page cache changes not read; the page cache is emptied", e);
            cache.clear();
        }
    }

    private void advanceFloor() {
        while (!seenAboveFloor.isEmpty()) {
            if (seenAboveFloor.first() == floor + 1) {
                floor = seenAboveFloor.pollFirst();
                holeSince = null;
                continue;
            }
            Instant now = cache.now();
            if (holeSince == null) {
                holeSince = now;
                return;
            }
            if (holeSince.plus(HOLE_PATIENCE).isAfter(now)) {
                return;
            }
            floor = seenAboveFloor.pollFirst(); // the hole is a change that never committed
            holeSince = null;
        }
    }

    private void prune() {
        Instant now = cache.now();
        if (lastPrune.plus(Duration.ofHours(1)).isBefore(now)) {
            lastPrune = now;
            store.deleteBefore(now.minus(KEPT));
        }
    }
}
