package id.go.bnn.pasarbersinar.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storefront benchmark of the packaged jar (issue 18), a program rather than a test: {@code config/benchmark.sh}
 * runs it. It copies {@code target/pasar-bersinar-*.jar} into a fresh folder, starts the demo there and measures the time
 * from {@code java -jar} to a home page that shows demo products, stops it when the demo data is loaded, starts it again
 * in the same folder (the second start) and then measures every storefront page against a photo and {@code /robots.txt}
 * in the same run, at 8 and 32 connections: requests a second, p50, p95, errors and the page's rate as a share of the
 * photo's. It prints a table with the targets next to the figures and writes it to {@code target/benchmark-storefront.txt}.
 * <p>
 * System properties: {@code benchmark.jar} (the jar), {@code benchmark.port} (18090), {@code benchmark.seconds} (10 per
 * measurement, after {@code benchmark.warmup} 3), {@code benchmark.connections} (8,32), {@code benchmark.java-options}
 * (options for the shop's JVM, default {@code -Xmx700m}), {@code benchmark.dir} (the fresh folder; default under target),
 * {@code benchmark.app-folder} (instead of the jar, a folder made by {@code config/aot-cache.sh}, copied with its files'
 * times; then {@code benchmark.java-options} should say {@code -XX:AOTCache=app.aot}), {@code benchmark.base-url} (measure
 * the pages of a shop that already runs there, without the two starts), {@code benchmark.command} (instead of the jar, a
 * start command run in the fresh folder, such as the README's first one, {@code config/demo.sh} with its absolute path:
 * the time is counted from that command; it gets {@code benchmark.java-options} as {@code JAVA_OPTS}).
 * The load generator is the JDK's HttpClient on virtual threads: nothing to install.
 */
public final class StorefrontBenchmark {

    private static final Pattern PRODUCT = Pattern.compile("href=\"/?(produk/[a-z0-9-]+)\"");
    private static final Pattern GROUP = Pattern.compile("href=\"/?(kelompok/[a-z0-9-]+)\"");
    private static final Pattern COLLECTION = Pattern.compile("href=\"/?(koleksi/[a-z0-9-]+)\"");
    private static final Pattern PHOTO = Pattern.compile("/?(gambar/[0-9a-f]{64}(?:/[0-9]+)?)");

    private StorefrontBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("benchmark.jar", findJar()));
        int port = Integer.getInteger("benchmark.port", 18090);
        int seconds = Integer.getInteger("benchmark.seconds", 10);
        int warmup = Integer.getInteger("benchmark.warmup", 3);
        List<Integer> connections = new ArrayList<>();
        for (String c : System.getProperty("benchmark.connections", "8,32").split(",")) {
            connections.add(Integer.parseInt(c.trim()));
        }
        String javaOptions = System.getProperty("benchmark.java-options", "-Xmx700m");
        String running = System.getProperty("benchmark.base-url", "");
        StringBuilder report = new StringBuilder();
        line(report, "Storefront benchmark, %s, %d cores, load average before: %s", Instant.now(),
                Runtime.getRuntime().availableProcessors(), ShopProcess.loadAverage());
        ShopProcess shop = running.isEmpty() ? startTwice(jar, port, javaOptions, report) : null;
        try {
            HttpClient client = Load.client();
            String base = running.isEmpty() ? "http://127.0.0.1:" + port : running.replaceAll("/$", "");
            String home = Load.body(client, base + "/");
            String product = first(PRODUCT, home, "a product on the home page");
            String productPage = Load.body(client, base + product);
            List<Target> targets = List.of(
                    new Target("photo", first(PHOTO, productPage, "a photo on a product page")),
                    new Target("robots.txt", "/robots.txt"),
                    new Target("home", "/"),
                    new Target("catalog + filter", "/katalog?kategori=tenun"),
                    new Target("search", "/cari?q=tenun"),
                    new Target("product", product),
                    new Target("group", first(GROUP, home + productPage, "a group link")),
                    new Target("collection", first(COLLECTION, home, "a collection on the home page")),
                    new Target("impact", "/dampak"));
            line(report, "");
            line(report, "| page | path | connections | requests/s | p50 ms | p95 ms | errors | page/photo | targets: ≥ 30 %% of photo, p95 ≤ 50 ms at 32 |");
            line(report, "|---|---|---|---|---|---|---|---|---|");
            System.out.print(tail(report));
            for (int c : connections) {
                double photoRate = 0;
                for (Target target : targets) {
                    Load.Result result = Load.run(client, base + target.path(), c, warmup, seconds);
                    if (target.name().equals("photo")) {
                        photoRate = result.rate();
                    }
                    boolean page = !target.name().equals("photo") && !target.name().equals("robots.txt");
                    double ratio = photoRate > 0 ? result.rate() / photoRate : 0;
                    String verdict = !page ? "" : (ratio >= 0.30 ? "rate ok" : "rate MISSED")
                            + (c >= 32 ? (result.p95() <= 50 ? ", p95 ok" : ", p95 MISSED") : "");
                    int mark = report.length();
                    line(report, "| %s | `%s` | %d | %.0f | %.1f | %.1f | %d | %s | %s |", target.name(), shortPath(target.path()), c,
                            result.rate(), result.p50(), result.p95(), result.errors(),
                            page ? String.format(Locale.ROOT, "%.0f %%", ratio * 100) : "", verdict);
                    System.out.print(report.substring(mark));
                }
            }
            line(report, "");
            line(report, "load average after: %s", ShopProcess.loadAverage());
            System.out.print(tail(report));
        } finally {
            if (shop != null) {
                shop.stop();
            }
            Path out = Path.of("target/benchmark-storefront.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("Written to " + out.toAbsolutePath());
        }
    }

    /** The first start in a fresh folder and the second in the same one; answers the shop, still running. */
    private static ShopProcess startTwice(Path jar, int port, String javaOptions, StringBuilder report) throws Exception {
        Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark-run-" + System.currentTimeMillis()));
        Files.createDirectories(dir);
        if (Files.exists(dir.resolve("data"))) {
            throw new IllegalStateException(dir + " is not fresh: it has a data folder");
        }
        String appFolder = System.getProperty("benchmark.app-folder", "");
        String command = System.getProperty("benchmark.command", "");
        ShopProcess shop;
        if (!command.isEmpty()) {
            shop = ShopProcess.command(dir, command, port, javaOptions);
            line(report, "start command %s, shop JVM options (JAVA_OPTS): %s", command, javaOptions);
        } else {
            String appJar = "app.jar";
            if (appFolder.isEmpty()) {
                Files.copy(jar, dir.resolve(appJar));
            } else {
                appJar = copyFolder(Path.of(appFolder), dir);
                jar = dir.resolve(appJar);
            }
            shop = ShopProcess.jar(dir, appJar, port, javaOptions);
            line(report, "jar %s, shop JVM options: %s", jar.getFileName(), javaOptions);
        }

        ShopProcess.Start first = shop.start("first");
        shop.awaitLog("Demo data loaded", Duration.ofMinutes(15));
        String demoLoaded = shop.logLine("Demo data loaded in");
        shop.stop();
        ShopProcess.Start second = shop.start("second");
        line(report, "");
        line(report, "| start | to first page with products | CPU time of the shop by then | Spring's \"Started … in\" | target |");
        line(report, "|---|---|---|---|---|");
        line(report, "| first, fresh folder | %.1f s | %.1f s | %s | ≤ 20 s |", first.seconds(), first.cpuSeconds(), first.started());
        line(report, "| second, same folder | %.1f s | %.1f s | %s | ≤ 10 s |", second.seconds(), second.cpuSeconds(), second.started());
        line(report, "");
        line(report, "first start: %s", demoLoaded);
        System.out.print(tail(report));

        line(report, "the shop's folder: %s", dir.toAbsolutePath());
        System.out.print(tail(report));
        return shop;
    }

    private record Target(String name, String path) {
    }

    private static int printed;

    /** What was added to the report since the last call. */
    private static String tail(StringBuilder report) {
        String text = report.substring(Math.min(printed, report.length()));
        printed = report.length();
        return text;
    }

    private static void line(StringBuilder report, String format, Object... values) {
        report.append(String.format(Locale.ROOT, format, values)).append('\n');
    }

    private static String shortPath(String path) {
        return path.length() > 40 ? path.substring(0, 24) + "…" + path.substring(path.length() - 8) : path;
    }

    private static String first(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " found");
        }
        return "/" + matcher.group(1);
    }

    /**
     * Copies a prepared folder (the extracted jar and its AOT cache, config/aot-cache.sh) keeping the files' times, as the
     * JVM checks them against the cache; answers the name of the application's jar in it.
     */
    private static String copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        try (var files = Files.list(from)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No jar in " + from));
        }
    }

    private static String findJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.map(Path::toString).filter(name -> name.matches(".*/pasar-bersinar-[^/]*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/pasar-bersinar-*.jar: run ./mvnw -DskipTests package first"));
        }
    }

    /** Requests the home page until it shows products; used by {@link ShopProcess}. */
    static boolean showsProducts(HttpClient client, String url) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && PRODUCT.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
