package id.go.bnn.pasarbersinar.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What anonymous visitors and oversized input cost the PACKAGED shop (issue 7, items 2 and 3): starts
 * {@code target/pasar-bersinar-*.jar} in a fresh directory (H2, demo data, heap {@value #HEAP}), drives it over plain
 * HTTP and reads sessions and heap through JMX (heap after a full GC).
 * <ol>
 * <li>6,000 crawler page views without cookies (the first HTML of the storefront pages);</li>
 * <li>one-page visitors whose Vaadin UI loads (the page, then Vaadin's {@code ?v-r=init} request with the session
 * cookie, as the browser does when the visitor touches the page), and, for comparison, visitors of a page that starts
 * Vaadin at once ({@code /masuk});</li>
 * <li>30 sessions each sending a 10 MB value for a text field in a UIDL request (with and without a declared length).</li>
 * </ol>
 * Prints the figures and writes them to {@code target/benchmark-sessions.txt}. Run:
 * {@code ./mvnw -B -o -DskipTests package && ./mvnw -B -o test -Pbenchmark -Dtest=SessionMemoryBenchmarkTest}.
 */
@Tag("benchmark")
class SessionMemoryBenchmarkTest {

    static final String HEAP = "1g";
    /** {@code -Dbenchmark.crawler-views=N} for a shorter run; the figures in docs/performance.md are for 6,000. */
    static final int CRAWLER_VIEWS = Integer.getInteger("benchmark.crawler-views", 6_000);
    static final int VISITORS = 300;
    static final int BIG_SESSIONS = 30;
    static final int BIG_VALUE = 10 * 1024 * 1024;

    private final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void measures_what_crawlers_visitors_and_oversized_input_cost() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Paths.get("target"))) {
            jar = files.filter(file -> file.getFileName().toString().matches("pasar-bersinar-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar: ./mvnw -B -o -DskipTests package first"));
        }
        int port = freePort();
        int jmx = freePort();
        Path work = Files.createTempDirectory("pasar-session-bench");
        Path log = work.resolve("shop.log");
        Process shop = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-XX:+UseG1GC",
                "-Dcom.sun.management.jmxremote.port=" + jmx, "-Dcom.sun.management.jmxremote.rmi.port=" + jmx,
                "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
                "-Dcom.sun.management.jmxremote.host=127.0.0.1", "-Djava.rmi.server.hostname=127.0.0.1",
                "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--server.tomcat.mbeanregistry.enabled=true")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        List<String> report = new ArrayList<>();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitDemoData(base, log, shop);
            try (JMXConnector connector = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmx + "/jmxrmi"))) {
                Server server = new Server(connector.getMBeanServerConnection());
                report.add(String.format(Locale.ROOT, "packaged jar %s, -Xmx%s, %d cores, load average at start %.1f",
                        jar.getFileName(), HEAP, Runtime.getRuntime().availableProcessors(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
                List<String> pages = storefrontPages(base);
                // Warm up: JIT, caches, picture renditions.
                for (int i = 0; i < 100; i++) {
                    get(base + pages.get(i % pages.size()), null);
                }
                report.add(crawlers(base, pages, server));
                report.addAll(visitors(base, server));
                report.addAll(oversized(base, server));
            }
        } finally {
            shop.destroy();
            shop.waitFor();
        }
        String text = String.join(System.lineSeparator(), report);
        System.out.println(System.lineSeparator() + "=== Session memory benchmark (packaged jar) ===" + System.lineSeparator() + text);
        Files.writeString(Paths.get("target", "benchmark-sessions.txt"), text + System.lineSeparator());
    }

    /** (1) A crawler: plain GETs of the first HTML, no cookies, four threads. */
    private String crawlers(String base, List<String> pages, Server server) throws Exception {
        long heapBefore = server.heapAfterFullGc();
        long createdBefore = server.sessionsCreated();
        AtomicInteger ok = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            runs.add(threads.submit(() -> {
                for (int i = thread; i < CRAWLER_VIEWS; i += 4) {
                    if (get(base + pages.get(i % pages.size()), null).statusCode() == 200) {
                        ok.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        threads.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        long heapAfter = server.heapAfterFullGc();
        assertThat(ok.get()).isEqualTo(CRAWLER_VIEWS);
        return String.format(Locale.ROOT,
                "(1) %,d crawler page views without cookies (%d storefront pages: /, /katalog, products, groups) in %.0f s: "
                        + "sessions created %d, sessions alive afterwards %d; heap after full GC %.1f MB before, %.1f MB after (%+.1f MB)",
                CRAWLER_VIEWS, pages.size(), seconds, server.sessionsCreated() - createdBefore, server.activeSessions(),
                mb(heapBefore), mb(heapAfter), mb(heapAfter - heapBefore));
    }

    /** (2) Visitors who touch the page (Vaadin's init request with their cookie), and visitors of a page that starts Vaadin at once. */
    private List<String> visitors(String base, Server server) throws Exception {
        List<String> lines = new ArrayList<>();
        long heapBefore = server.heapAfterFullGc();
        int activeBefore = server.activeSessions();
        for (int i = 0; i < VISITORS; i++) {
            HttpResponse<String> page = get(base + "/katalog", null);
            String cookie = sessionCookie(page);
            HttpResponse<String> init = get(base + "/?v-r=init&location=katalog&query=", cookie);
            assertThat(init.statusCode()).isEqualTo(200);
            cookie = init.headers().allValues("Set-Cookie").isEmpty() ? cookie : sessionCookie(init);
            // The client then navigates its new UI to the page's route (a UIDL event, as Flow.ts sends it).
            String key = find(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"", "");
            String navigate = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                    + "\"data\":{\"route\":\"katalog\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                    + "\"syncId\":0,\"clientId\":0}";
            HttpResponse<String> live = plain.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0")).header("Cookie", cookie)
                    .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(live.body()).as("the live catalog view").contains("pb-card");
        }
        long heapAfter = server.heapAfterFullGc();
        int active = server.activeSessions() - activeBefore;
        lines.add(String.format(Locale.ROOT,
                "(2a) %d one-page visitors of /katalog who touch the page, so that its live view starts (first HTML, ?v-r=init, the "
                        + "ui-navigate UIDL event): %d sessions alive, heap after full GC %+.1f MB = %.0f kB per visitor; the navigate POST counts "
                        + "as interaction, so these sessions get server.servlet.session.timeout (30m); visitors who only read: see (1)",
                VISITORS, active, mb(heapAfter - heapBefore), (heapAfter - heapBefore) / 1024.0 / VISITORS));

        heapBefore = heapAfter;
        activeBefore = server.activeSessions();
        for (int i = 0; i < VISITORS; i++) {
            assertThat(get(base + "/masuk", null).statusCode()).isEqualTo(200);
        }
        heapAfter = server.heapAfterFullGc();
        active = server.activeSessions() - activeBefore;
        lines.add(String.format(Locale.ROOT,
                "(2b) %d one-page visitors of /masuk (Vaadin starts at once, UI state in the first HTML): %d sessions alive, "
                        + "heap after full GC %+.1f MB = %.0f kB per visitor, each kept for pasar.session.first-visit-timeout",
                VISITORS, active, mb(heapAfter - heapBefore), (heapAfter - heapBefore) / 1024.0 / VISITORS));
        return lines;
    }

    /** (3) 30 sessions each sending a 10 MB value for a text field. */
    private List<String> oversized(String base, Server server) throws Exception {
        long heapBefore = server.heapAfterFullGc();
        int[] declared = new int[BIG_SESSIONS];
        int[] chunked = new int[BIG_SESSIONS];
        String value = "x".repeat(BIG_VALUE);
        for (int i = 0; i < BIG_SESSIONS; i++) {
            HttpResponse<String> page = get(base + "/masuk", null);
            String cookie = sessionCookie(page);
            String key = find(page.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"", "");
            String node = find(page.body(), "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":\\d+,\"value\":\"vaadin-(?:text|email|password)-field\"\\}", "1");
            String message = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"mSync\",\"node\":" + node
                    + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + value + "\"}],\"syncId\":0,\"clientId\":0}";
            byte[] body = message.getBytes(StandardCharsets.UTF_8);
            URI uidl = URI.create(base + "/masuk?v-r=uidl&v-uiId=0");
            declared[i] = post(uidl, cookie, HttpRequest.BodyPublishers.ofByteArray(body));
            chunked[i] = post(uidl, cookie, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        }
        value = null;
        long heapAfter = server.heapAfterFullGc();
        return List.of(String.format(Locale.ROOT,
                "(3) %d sessions each sending a %d MB text-field value in a UIDL request: answers with declared length %s, "
                        + "without declared length (chunked) %s; heap after full GC %.1f MB before, %.1f MB after (%+.1f MB, %.0f kB per session incl. its UI)",
                BIG_SESSIONS, BIG_VALUE / 1024 / 1024, summary(declared), summary(chunked), mb(heapBefore), mb(heapAfter),
                mb(heapAfter - heapBefore), (heapAfter - heapBefore) / 1024.0 / BIG_SESSIONS));
    }

    private int post(URI uidl, String cookie, HttpRequest.BodyPublisher body) throws InterruptedException {
        try {
            return plain.send(HttpRequest.newBuilder(uidl).header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(body).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException closed) {
            return -1; // the server answered and closed the connection before the whole body was sent
        }
    }

    private static String summary(int[] statuses) {
        return Arrays.stream(statuses).boxed().collect(java.util.stream.Collectors.groupingBy(s -> s == -1 ? "connection closed" : String.valueOf(s),
                java.util.TreeMap::new, java.util.stream.Collectors.counting())).toString();
    }

    private List<String> storefrontPages(String base) throws Exception {
        List<String> pages = new ArrayList<>(List.of("/", "/katalog"));
        Matcher products = Pattern.compile("/produk/[^<]+").matcher(get(base + "/sitemap/produk-1.xml", null).body());
        for (int i = 0; i < 4 && products.find(); i++) {
            pages.add(products.group());
        }
        Matcher groups = Pattern.compile("kelompok/[a-z0-9-]+").matcher(get(base + "/", null).body());
        List<String> found = new ArrayList<>();
        while (groups.find() && found.size() < 2) {
            if (!found.contains("/" + groups.group())) {
                found.add("/" + groups.group());
            }
        }
        pages.addAll(found);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(6);
        return pages;
    }

    private HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return plain.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .map(c -> c.substring(0, c.indexOf(';'))).orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String find(String text, String regex, String otherwise) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : otherwise;
    }

    private void awaitDemoData(String base, Path log, Process shop) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(shop.isAlive()).as("the shop runs (log: %s)", log).isTrue();
            if (Files.exists(log) && Files.readString(log).contains("Demo data loaded")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The shop did not load its demo data in 6 minutes; log: " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    /** The shop's JVM and Tomcat seen through JMX. */
    private record Server(MBeanServerConnection jmx) {

        long heapAfterFullGc() throws Exception {
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(jmx, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            for (int i = 0; i < 3; i++) {
                memory.gc();
                Thread.sleep(300);
            }
            return memory.getHeapMemoryUsage().getUsed();
        }

        int activeSessions() throws Exception {
            return ((Number) jmx.getAttribute(manager(), "activeSessions")).intValue();
        }

        long sessionsCreated() throws Exception {
            return ((Number) jmx.getAttribute(manager(), "sessionCounter")).longValue();
        }

        private ObjectName manager() throws Exception {
            return jmx.queryNames(new ObjectName("Tomcat:type=Manager,*"), null).iterator().next();
        }
    }
}
