package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.CatalogQuery.Sort;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Figures for docs/performance.md, not a timed test: search and catalog latency over 100,000 generated products, and the
 * heap an anonymous catalog visitor costs. Run with {@code ./mvnw -B test -Pbenchmark} (H2) or with
 * {@code -Pbenchmark,mysql} and DB_URL (MySQL/MariaDB); the figures are printed and written to target/benchmark-*.txt.
 */
@Tag("benchmark")
// Vaadin's development mode records where every component was created and attached (for its dev tools): megabytes
// per session that production mode never holds. The benchmark weighs sessions as production would.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pasar.demo.products=100000", "vaadin.devmode.componentTracker.enabled=false",
                // The index on disk as in production (the other tests keep it in the heap).
                "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmark-index",
                "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=write-sync"})
class StorefrontBenchmarkTest {

    static final int QUERIES = 1_000;
    static final int SESSIONS = 200;

    private static final String[] WORDS = {"tenun", "batik", "tas", "kain", "selendang", "keranjang", "anyaman", "merah",
            "biru", "hijau", "kawung", "parang", "ikat sumba", "tas eceng gondok", "jilbab lukis", "kopi", "dompet", "kemeja",
            "tenunan", "menenun", "batk", "selendng", "keranjng", "woven", "basket", "red shawl", "painted hijab", "bag",
            "motif bunga", "hiasan dinding", "gelang manik", "tikar", "clutch pesta", "pashmina", "kupang", "blus"};
    private static final String[] CATEGORIES = {null, null, "tenun", "batik", "anyaman", "eceng-gondok", "tas-clutch"};
    private static final String[] PROVINCES = {null, null, "53", "36", "13", "35", "31"};

    @LocalServerPort
    int port;
    @Autowired
    ProductSearch search;
    @Autowired
    Catalog catalog;
    @Autowired
    SearchIndex index;
    @Autowired
    DataSource dataSource;

    @Test
    void measures_search_catalog_and_session_cost() throws Exception {
        assertThat(catalog.countPublic()).isGreaterThanOrEqualTo(100_000);
        assertThat(index.indexedCount()).isEqualTo(index.databaseCount());
        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        }
        Random random = new Random(42);
        List<String> report = new ArrayList<>();
        report.add("Database: " + database + ", public products: " + catalog.countPublic() + ", JVM: " + Runtime.version());

        List<Supplier<Object>> searches = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String words = WORDS[random.nextInt(WORDS.length)];
            CatalogQuery filters = new CatalogQuery(CATEGORIES[random.nextInt(CATEGORIES.length)],
                    PROVINCES[random.nextInt(PROVINCES.length)], null, random.nextBoolean() ? null : 50_000L,
                    random.nextBoolean() ? null : 600_000L, random.nextBoolean(), Sort.values()[random.nextInt(Sort.values().length)]);
            Locale locale = random.nextInt(4) == 0 ? LocalizedText.ENGLISH : LocalizedText.INDONESIAN;
            int offset = random.nextInt(5) == 0 ? 48 * random.nextInt(5) : 0;
            searches.add(() -> search.search(words, filters, locale, offset, 48));
        }
        report.add(measure("search, 1,000 varied queries with filters, 48 results + facets", searches));

        List<Supplier<Object>> pages = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            CatalogQuery twoFilters = switch (i % 3) {
                case 0 -> new CatalogQuery(CATEGORIES[2 + random.nextInt(5)], null, null, null, null, true, Sort.PRICE_ASC);
                case 1 -> new CatalogQuery(null, PROVINCES[2 + random.nextInt(5)], null, null, 400_000L, false, Sort.POPULAR);
                default -> new CatalogQuery(CATEGORIES[2 + random.nextInt(5)], PROVINCES[2 + random.nextInt(5)], null, null, null,
                        false, Sort.NEWEST);
            };
            int offset = 48 * random.nextInt(10);
            pages.add(() -> search.browse(twoFilters, offset, 48));
        }
        report.add(measure("catalog page through the index (48 cards, two filters, sorted, count)", pages));
        report.add(sessions());
        report.add(String.format(Locale.ROOT, "machine: %d processors, load average %.2f", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        String text = String.join("\n", report);
        System.out.println("\n===== Storefront benchmark =====\n" + text + "\n================================\n");
        String name = database.toLowerCase(Locale.ROOT).contains("h2") ? "h2" : "mysql";
        Files.writeString(Path.of("target", "benchmark-" + name + ".txt"), text + "\n");
    }

    private static String measure(String what, List<Supplier<Object>> work) {
        for (int i = 0; i < Math.min(200, work.size()); i++) {
            work.get(i).get();
        }
        // Wall-clock time is what a visitor waits; CPU time of the thread is what the work costs when the machine is
        // shared (the database's own threads are not counted when it runs in another process).
        var threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[work.size()];
        long[] cpu = new long[work.size()];
        for (int i = 0; i < work.size(); i++) {
            long started = System.nanoTime();
            long startedCpu = threads.getCurrentThreadCpuTime();
            work.get(i).get();
            nanos[i] = System.nanoTime() - started;
            cpu[i] = threads.getCurrentThreadCpuTime() - startedCpu;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        return String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; CPU p50 %.1f ms, p95 %.1f ms (n=%d)",
                what, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6, cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.95)] / 1e6, nanos.length);
    }

    /** Opens anonymous catalog sessions over HTTP (each request without cookies is a new visitor) and weighs them. */
    private String sessions() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create("http://localhost:" + port + "/katalog?kategori=tenun&tersedia=1");
        for (int i = 0; i < 20; i++) {
            http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
        }
        long before = heapAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).isPresent();
        }
        long after = heapAfterGc();
        return String.format(Locale.ROOT, "heap retained per anonymous catalog session (%d sessions over HTTP, /katalog, 48 cards): %.0f kB",
                SESSIONS, (after - before) / 1024.0 / SESSIONS);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
