package id.go.bnn.pasarbersinar.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.ListingStockFixture;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.catalog.SaveOutcome;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.review.ReviewDraft;
import id.go.bnn.pasarbersinar.review.ReviewFixture;
import id.go.bnn.pasarbersinar.review.Reviews;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import jakarta.servlet.FilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The storefront's first HTML comes from the page cache for visitors without a session, with a nonce of its own per
 * answer, and a change is visible on the very next request after its commit (over real HTTP, the real filter chain).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheTest {

    @LocalServerPort
    int port;
    @Autowired
    ListingStockFixture listed;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    ProducerGroups groups;
    @Autowired
    Collections collections;
    @Autowired
    Accounts accounts;
    @Autowired
    PageCacheChangeStore store;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    ReviewFixture bought;
    @Autowired
    Reviews buyerReviews;
    @Autowired
    PageCacheFilter filter;
    @Autowired
    PageCache cache;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private GroupId group;
    private Caller member;
    private Caller curator;

    @BeforeAll
    void a_group_of_its_own() {
        group = listed.group("Tenun Cache Lombok");
        member = Callers.producer(-18_101, group.value());
        curator = Callers.curator(-18_102, ListingStockFixture.PROVINCE);
    }

    @Test
    void a_cached_page_gets_a_fresh_nonce_in_its_policy_and_every_script_and_sets_no_cookie() throws Exception {
        HttpResponse<String> first = cached("/katalog?urut=terbaru&kategori=anyaman");
        HttpResponse<String> second = get("/katalog?kategori=anyaman&urut=terbaru");

        assertThat(second.headers().firstValue(PageCacheFilter.HEADER)).as("same query, other order").hasValue("HIT");
        String firstNonce = nonceOf(first);
        String secondNonce = nonceOf(second);
        assertThat(firstNonce).isNotEqualTo(secondNonce);
        for (HttpResponse<String> response : List.of(first, second)) {
            String nonce = nonceOf(response);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("script")).isNotEmpty().allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce));
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(page.select("script[type=" + DeferredStart.DEFERRED_TYPE + "]")).hasSize(1);
            assertThat(page.select("#outlet > .pb-first-view")).hasSize(1);
        }
        assertThat(first.body().replace(firstNonce, "N")).isEqualTo(second.body().replace(secondNonce, "N"));
        assertThat(first.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    @Test
    void a_page_first_asked_for_compressed_is_kept_uncompressed() throws Exception {
        HttpResponse<byte[]> compressed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/katalog?urut=termurah"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(compressed.headers().firstValue(PageCacheFilter.HEADER)).hasValue("MISS");

        HttpResponse<String> plain = cached("/katalog?urut=termurah");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).startsWith("<!doctype html>");
    }

    @Test
    void a_revisit_of_an_unchanged_page_costs_a_304_without_a_new_policy() throws Exception {
        HttpResponse<String> page = cached("/");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byTag = get("/", "If-None-Match", etag);
        HttpResponse<String> byDate = get("/", "If-Modified-Since", lastModified);
        HttpResponse<String> otherTag = get("/", "If-None-Match", "\"something-else\"");

        for (HttpResponse<String> revisit : List.of(byTag, byDate)) {
            assertThat(revisit.statusCode()).isEqualTo(304);
            assertThat(revisit.body()).isEmpty();
            assertThat(revisit.headers().firstValue("Content-Security-Policy")).isEmpty();
            assertThat(revisit.headers().firstValue("ETag")).hasValue(etag);
        }
        assertThat(otherTag.statusCode()).isEqualTo(200);
        assertThat(otherTag.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void a_visitor_with_a_session_or_signed_in_gets_the_page_vaadin_builds() throws Exception {
        cached("/");
        // A live session: what a guest cart or a started live page lives in.
        String session = sessionCookie(get("/masuk"));
        HttpResponse<String> withSession = get("/", "Cookie", session);
        assertThat(withSession.headers().firstValue(PageCacheFilter.HEADER)).hasValue("BYPASS");

        String email = "pembeli-cache-" + System.nanoTime() + "@test.pasarbersinar.id";
        Caller.runAsSystem(() -> accounts.provision(email, "Pembeli Cache", "Kopi-Lamteuba-Seulawah-7", Set.of(Caller.Role.BUYER),
                Set.of(), Set.of(), null, false));
        String signedIn = signIn(email, "Kopi-Lamteuba-Seulawah-7");
        HttpResponse<String> asMember = get("/", "Cookie", signedIn);
        assertThat(asMember.headers().firstValue(PageCacheFilter.HEADER)).hasValue("BYPASS");
        assertThat(asMember.headers().firstValue("ETag")).as("not the shared copy").isEmpty();
    }

    @Test
    void a_guest_whose_cart_is_named_by_its_cookie_alone_gets_the_page_vaadin_builds() throws Exception {
        assertThat(PageCacheFilter.CART_COOKIE).as("the order module's cart cookie").isEqualTo(id.go.bnn.pasarbersinar.order.GuestCart.COOKIE);
        cached("/");
        // The node that held the guest's session died: only the cart's cookie is left, and the header's badge is theirs.
        HttpResponse<String> withCart = get("/", "Cookie", PageCacheFilter.CART_COOKIE + "=" + "k".repeat(43));
        assertThat(withCart.headers().firstValue(PageCacheFilter.HEADER)).hasValue("BYPASS");
        // Another test's commit may evict the home page meanwhile: the copy others get is then rebuilt, never the cart holder's.
        HttpResponse<String> other = cached("/");
        assertThat(other.headers().firstValue(PageCacheFilter.HEADER)).as("others still share a copy").hasValue("HIT");
        assertThat(other.headers().firstValue("ETag")).isPresent();
        assertThat(withCart.headers().firstValue("ETag")).as("the cart holder's page is not the shared copy").isEmpty();
    }

    @Test
    void a_price_edit_shows_on_the_next_request() throws Exception {
        ProductId id = listed.approved(group, "Tas Pandan Harga Cache", 5);
        String path = "/produk/" + slug(id);
        assertThat(firstView(cached(path)).select(".pb-product-price").text()).contains("90.000");

        ListingEdit live = Callers.as(member, () -> listings.find(id)).live();
        SaveOutcome outcome = Callers.as(member, () -> listings.save(id, new ListingEdit(live.title(), live.description(),
                live.categoryCode(), 99_000, live.weightGrams(), live.variants(), live.photos())));
        assertThat(outcome).isEqualTo(SaveOutcome.APPLIED);

        HttpResponse<String> after = get(path);
        assertThat(after.headers().firstValue(PageCacheFilter.HEADER)).hasValue("MISS");
        assertThat(firstView(after).select(".pb-product-price").text()).contains("99.000");
    }

    @Test
    void a_stock_change_by_an_order_shows_on_the_next_request_and_leaves_other_product_pages_cached() throws Exception {
        ProductId id = listed.approved(group, "Tas Pandan Stok Cache", 5);
        String path = "/produk/" + slug(id);
        // Coffee from another group: the bag is neither it nor among its related products.
        String otherPath = "/produk/kopi-arabika-gayo-lamteuba-250-g";
        assertThat(firstView(cached(path)).select(".pb-product-stock").text()).contains("5");
        cached(otherPath);

        listed.checkOut(listed.variantOf(id), 2);

        HttpResponse<String> after = get(path);
        assertThat(after.headers().firstValue(PageCacheFilter.HEADER)).hasValue("MISS");
        assertThat(firstView(after).select(".pb-product-stock").text()).contains("3").doesNotContain("5");
        assertThat(get(otherPath).headers().firstValue(PageCacheFilter.HEADER)).as("a listing the order did not touch").hasValue("HIT");
    }

    @Test
    void an_approval_shows_on_the_group_page_at_the_next_request() throws Exception {
        String slug = Callers.as(curator, () -> groups.find(group)).orElseThrow().slug();
        ProductId id = Callers.as(member, () -> listings.create(group, new NewListing(new LocalizedText("Keranjang Ketak Kurasi Cache", null),
                new LocalizedText("Anyaman ketak.", null), "anyaman", 120_000, 300, NewListing.single(4), List.of()), false));
        Callers.as(member, () -> listings.submit(id));
        assertThat(cached("/kelompok/" + slug).body()).doesNotContain("Keranjang Ketak Kurasi Cache");

        Callers.as(curator, () -> reviews.approve(id));

        HttpResponse<String> after = get("/kelompok/" + slug);
        assertThat(after.headers().firstValue(PageCacheFilter.HEADER)).hasValue("MISS");
        assertThat(after.body()).contains("Keranjang Ketak Kurasi Cache");
    }

    @Test
    void a_collection_change_shows_on_the_next_request() throws Exception {
        ProductId id = listed.approved(group, "Tas Pandan Koleksi Cache", 3);
        long collection = Callers.as(curator, () -> collections.create(new LocalizedText("Pilihan Lombok Cache", null),
                new LocalizedText("Untuk pengujian.", null), false, List.of(id), false));
        String slug = Callers.as(curator, () -> collections.listForStaff()).stream().filter(c -> c.id() == collection)
                .findFirst().orElseThrow().slug();
        assertThat(cached("/koleksi/" + slug).body()).contains("Pilihan Lombok Cache");

        Callers.as(curator, () -> collections.describe(collection, new LocalizedText("Pilihan Lombok Baru Cache", null),
                new LocalizedText("Untuk pengujian.", null)));

        HttpResponse<String> after = get("/koleksi/" + slug);
        assertThat(after.headers().firstValue(PageCacheFilter.HEADER)).hasValue("MISS");
        assertThat(after.body()).contains("Pilihan Lombok Baru Cache");
    }

    @Test
    void a_group_suspension_takes_its_product_pages_off_at_the_next_request() throws Exception {
        GroupId suspended = listed.group("Tenun Cache Ditangguhkan");
        ProductId id = listed.approved(suspended, "Tas Pandan Ditangguhkan Cache", 2);
        String path = "/produk/" + slug(id);
        cached(path);

        Callers.as(curator, () -> groups.suspend(suspended, "Laporan masyarakat sedang diperiksa"));

        HttpResponse<String> after = get(path);
        assertThat(after.statusCode()).isEqualTo(404);
        assertThat(after.headers().firstValue(PageCacheFilter.HEADER)).hasValue("MISS");
    }

    @Test
    void a_change_written_by_one_node_reaches_the_other_within_a_second() throws Exception {
        ProductId id = listed.approved(group, "Tas Pandan Dua Node Cache", 4);
        long variant = listed.variantOf(id);
        // A second node: its own cache and poller, over the same database.
        PageCache otherCache = new PageCache(100, Duration.ofMinutes(10), clock);
        PageCacheChanges otherNode = new PageCacheChanges(otherCache, store);
        otherNode.poll();
        otherCache.put("/produk/dua-node", page(id.value()), otherCache.generation());
        otherCache.put("/produk/lain", page(-18_001L), otherCache.generation());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        // As @Scheduled runs it on every node: the next poll a second after the last one ended.
        scheduler.scheduleWithFixedDelay(otherNode::poll, 1000, 1000, TimeUnit.MILLISECONDS);
        try {
            listed.checkOut(variant, 1); // committed on this node
            long committed = System.nanoTime();
            while (otherCache.get("/produk/dua-node") != null && System.nanoTime() - committed < 3_000_000_000L) {
                Thread.sleep(20);
            }
            long elapsedMillis = (System.nanoTime() - committed) / 1_000_000;
            assertThat(otherCache.get("/produk/dua-node")).as("evicted on the other node").isNull();
            assertThat(elapsedMillis).as("milliseconds from commit to eviction on the other node").isLessThanOrEqualTo(1_500);
            System.out.println("page cache: evicted on the other node " + elapsedMillis + " ms after the commit");
            assertThat(otherCache.get("/produk/lain")).as("a page the change does not touch").isNotNull();
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void with_a_search_index_that_lags_a_page_rebuilt_too_early_is_dropped_again() throws Exception {
        // OpenSearch fed by the outbox learns of a change after its commit: a page built in between shows the old index.
        PageCache lagging = new PageCache(100, Duration.ofMinutes(10), clock);
        PageCacheChanges node = new PageCacheChanges(lagging, store, Duration.ofHours(1), Duration.ofSeconds(3));
        node.start();
        node.poll(); // the first poll opens the cache
        try {
            lagging.put("/cari?q=lambat", page(-18_021L), lagging.generation());
            assertThat(lagging.get("/cari?q=lambat")).isNotNull();
            node.on(id.go.bnn.pasarbersinar.shared.StorefrontChanged.listing(-18_021L));
            assertThat(lagging.get("/cari?q=lambat")).as("dropped at the change").isNull();

            lagging.put("/cari?q=lambat", page(-18_021L), lagging.generation()); // rebuilt before the index caught up
            assertThat(lagging.get("/cari?q=lambat")).isNotNull();
            long rebuilt = System.nanoTime();
            while (lagging.get("/cari?q=lambat") != null && System.nanoTime() - rebuilt < 5_000_000_000L) {
                Thread.sleep(50);
            }
            assertThat(lagging.get("/cari?q=lambat")).as("dropped again while the index may lag").isNull();
        } finally {
            node.stop();
        }
        PageCache plain = new PageCache(100, Duration.ofMinutes(10), clock);
        PageCacheChanges withoutLag = new PageCacheChanges(plain, store, Duration.ofHours(1), Duration.ZERO);
        withoutLag.start();
        withoutLag.poll();
        try {
            withoutLag.on(id.go.bnn.pasarbersinar.shared.StorefrontChanged.listing(-18_022L));
            plain.put("/cari?q=cepat", page(-18_022L), plain.generation());
            assertThat(plain.get("/cari?q=cepat")).isNotNull();
            Thread.sleep(1_500);
            assertThat(plain.get("/cari?q=cepat")).as("the embedded index is written with the commit: no second drop").isNotNull();
        } finally {
            withoutLag.stop();
        }
    }

    @Test
    void a_change_that_commits_after_a_later_one_is_still_seen() throws Exception {
        PageCache otherCache = new PageCache(100, Duration.ofMinutes(10), clock);
        PageCacheChanges otherNode = new PageCacheChanges(otherCache, store);
        otherNode.poll();
        otherCache.put("/produk/lambat", page(-18_011L), otherCache.generation());
        otherCache.put("/produk/cepat", page(-18_012L), otherCache.generation());
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            store.insert(List.of("listing:-18011"), clock.instant()); // the smaller id, committed last
            inserted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
        transaction.executeWithoutResult(status -> store.insert(List.of("listing:-18012"), clock.instant()));

        otherNode.poll();
        assertThat(otherCache.get("/produk/cepat")).isNull();
        assertThat(otherCache.get("/produk/lambat")).isNotNull();

        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        otherNode.poll();
        assertThat(otherCache.get("/produk/lambat")).as("the change with the smaller id, committed later").isNull();
    }

    @Test
    void a_page_built_while_a_change_came_in_is_not_kept_and_the_oldest_page_leaves_first() {
        PageCache small = new PageCache(2, Duration.ofMinutes(10), clock);
        assertThat(small.put("/a", page(1L), small.generation())).as("not open before the first poll").isFalse();
        small.open();
        long builtAt = small.generation();
        small.evict(List.of(PageCacheChanges.LISTS));
        assertThat(small.put("/a", page(1L), builtAt)).isFalse();
        assertThat(small.put("/a", page(1L), small.generation())).isTrue();
        small.put("/b", page(2L), small.generation());
        small.get("/a");
        small.put("/c", page(3L), small.generation());
        assertThat(small.get("/b")).as("least recently used").isNull();
        assertThat(small.get("/a")).isNotNull();
        small.evict(List.of(PageCacheChanges.GROUP + "77"));
        assertThat(small.size()).isEqualTo(2);
        small.evict(List.of(PageCacheChanges.ALL));
        assertThat(small.size()).isZero();
    }

    @Test
    void a_search_is_built_once_then_served_from_the_cache_and_an_approval_evicts_it() throws Exception {
        String word = "Ketaksaringcache";
        String path = "/cari?q=" + word.toLowerCase();
        cached("/");
        HttpResponse<String> first = get(path);
        assertThat(first.headers().firstValue(PageCacheFilter.HEADER)).hasValue("MISS");
        assertThat(first.body()).contains("text/x-pb-deferred").doesNotContain("Keranjang " + word);
        HttpResponse<String> second = cached(path);
        assertThat(second.headers().firstValue("ETag")).isPresent();

        ProductId id = Callers.as(member, () -> listings.create(group, new NewListing(new LocalizedText("Keranjang " + word, null),
                new LocalizedText("Anyaman ketak untuk dicari.", null), "anyaman", 110_000, 300, NewListing.single(3), List.of()), false));
        Callers.as(member, () -> listings.submit(id));
        Callers.as(curator, () -> reviews.approve(id));

        HttpResponse<String> after = get(path);
        assertThat(after.headers().firstValue(PageCacheFilter.HEADER)).hasValue("MISS");
        assertThat(firstView(after).text()).contains("Keranjang " + word);
        assertThat(cached(path).body()).contains("Keranjang " + word);
    }

    @Test
    void the_impact_page_is_served_from_the_cache_until_an_order_is_paid() throws Exception {
        cached("/");
        HttpResponse<String> kept = cached("/dampak");
        assertThat(kept.body()).contains("text/x-pb-deferred");
        assertThat(firstView(kept)).isNotNull();

        long variant = bought.orders().variant(bought.orders().ntt(), 3, 80_000, "Kain Dampak Cache");
        bought.orders().paidOrder(bought.orders().cart(variant, 1), bought.orders().form());

        HttpResponse<String> after = get("/dampak");
        assertThat(after.headers().firstValue(PageCacheFilter.HEADER)).hasValue("MISS");
        assertThat(cached("/dampak").statusCode()).isEqualTo(200);
    }

    @Test
    void a_review_evicts_its_product_page_and_its_group_page_and_leaves_other_product_pages() throws Exception {
        ReviewFixture.Bought order = bought.delivered("Selendang Ulasan Cache");
        String productPath = "/produk/" + bought.slug(order.productId());
        String groupSlug = bought.orders().jdbc().sql("SELECT slug FROM producer_group WHERE id = ?").param(order.groupId())
                .query(String.class).single();
        String groupPath = "/kelompok/" + groupSlug;
        String otherPath = "/produk/kopi-arabika-gayo-lamteuba-250-g";
        cached(productPath);
        cached(groupPath);
        cached(otherPath);

        buyerReviews.write(order.number(), order.token(), order.lineId(), new ReviewDraft(5, "Tenunannya rapi sekali, cache.", List.of()));

        HttpResponse<String> product = get(productPath);
        assertThat(product.headers().firstValue(PageCacheFilter.HEADER)).as(productPath).hasValue("MISS");
        assertThat(product.body()).contains("Tenunannya rapi sekali, cache.");
        assertThat(get(groupPath).headers().firstValue(PageCacheFilter.HEADER)).as(groupPath).hasValue("MISS");
        assertThat(get(otherPath).headers().firstValue(PageCacheFilter.HEADER)).as("a product the review is not about").hasValue("HIT");
    }

    @Test
    void concurrent_misses_of_one_page_build_it_once() throws Exception {
        cached("/");
        long before;
        List<HttpResponse<String>> responses;
        int tries = 0;
        boolean dropped;
        do {
            // A change elsewhere in the shared context (another test's listener finishing) while the page is built
            // means it is rightly not kept: such a try says nothing, so it is made again on a fresh page.
            long generation = cache.generation();
            String path = "/cari?q=serentak" + System.nanoTime();
            before = filter.builds();
            List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 8)
                    .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            responses = answers.stream().map(CompletableFuture::join).toList();
            dropped = cache.generation() != generation;
        } while (dropped && ++tries < 5);
        assertThat(dropped).as("pages dropped by changes elsewhere in every try").isFalse();

        assertThat(filter.builds() - before).as("builds of one page asked for 8 times at once").isEqualTo(1);
        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
        assertThat(responses).filteredOn(response -> "MISS".equals(response.headers().firstValue(PageCacheFilter.HEADER).orElse("")))
                .hasSize(1);
        assertThat(responses).filteredOn(response -> "HIT".equals(response.headers().firstValue(PageCacheFilter.HEADER).orElse("")))
                .hasSize(7);
    }

    @Test
    void a_slow_build_holds_the_other_visitors_of_its_page_only_for_the_miss_wait() throws Exception {
        PageCache own = new PageCache(10, Duration.ofMinutes(10), clock);
        own.open();
        PageCacheFilter slowNode = new PageCacheFilter(own, new PageCacheResponses(), true, "/katalog", Duration.ofMillis(300));
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (request, response) -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        FilterChain quick = (request, response) -> {
            response.getWriter().write("built");
            response.flushBuffer();
        };
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                slowNode.doFilter(new MockHttpServletRequest("GET", "/katalog"), new MockHttpServletResponse(), slow);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            long waited = System.nanoTime();
            while (slowNode.builds() == 0 && System.nanoTime() - waited < 5_000_000_000L) {
                Thread.sleep(5);
            }
            long started = System.nanoTime();
            MockHttpServletResponse second = new MockHttpServletResponse();
            slowNode.doFilter(new MockHttpServletRequest("GET", "/katalog"), second, quick);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(millis).as("waited for the slow build").isBetween(250L, 3_000L);
            assertThat(second.getHeader(PageCacheFilter.HEADER)).isEqualTo("MISS");
            assertThat(second.getContentAsString()).isEqualTo("built");
            assertThat(slowNode.builds()).isEqualTo(2);
            assertThat(first).isNotDone();
        } finally {
            release.countDown();
        }
        first.get(10, TimeUnit.SECONDS);
    }

    private PageCache.Page page(long listingId) {
        return new PageCache.Page(List.of("<html></html>".getBytes(StandardCharsets.UTF_8)), "text/html;charset=utf-8", List.of(),
                "\"t\"", clock.instant(), clock.instant(), false, Set.of(listingId), Set.of());
    }

    private String slug(ProductId id) {
        return Callers.as(curator, () -> listings.find(id)).slug();
    }

    /** The page as the cache answers it: asked until it is a hit (the first ask builds it; the cache opens after its first poll). */
    private HttpResponse<String> cached(String path) throws Exception {
        HttpResponse<String> response = get(path);
        for (int i = 0; i < 50 && !"HIT".equals(response.headers().firstValue(PageCacheFilter.HEADER).orElse("")); i++) {
            Thread.sleep(100);
            response = get(path);
        }
        assertThat(response.headers().firstValue(PageCacheFilter.HEADER)).as(path).hasValue("HIT");
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Element firstView(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).selectFirst("#outlet > .pb-first-view");
    }

    private static String nonceOf(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Security-Policy").orElseThrow().replaceAll(".*'nonce-([^']+)'.*", "$1");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst().orElseThrow();
    }

    /** Signs in through the login form as a browser does; the session cookie of the signed-in visitor. */
    private String signIn(String email, String password) throws Exception {
        HttpResponse<String> form = get("/masuk");
        String cookie = sessionCookie(form);
        String csrf = Jsoup.parse(form.body()).selectFirst("meta[name=_csrf]").attr("content");
        String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/masuk"))
                .header("Cookie", cookie).header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return posted.headers().allValues("Set-Cookie").isEmpty() ? cookie : sessionCookie(posted);
    }
}
