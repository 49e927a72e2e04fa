package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.demo.DemoDataLoader.DemoProduct;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Reads (from the jar's {@link DemoPhotoArchive}) or draws the demo photos and cleans them for storing while Spring is
 * still starting, on the demo's first start: Spring's start-up runs mostly on one thread, and preparing 170 photos is
 * pure work that needs no bean, so on a machine with two cores the second one prepares while the first starts the shop. Registered in {@code META-INF/spring.factories}, it sees the environment
 * before any bean exists, and starts only when the demo is on and its embedded database file does not exist yet (so a
 * second start, a test on an in-memory database or a shop on MySQL draws nothing ahead). {@link DemoDataLoader} takes the
 * result if it is for the same products, and otherwise draws as before.
 */
public class DemoPhotoPreparation implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoPhotoPreparation.class);

    private static volatile Ahead ahead;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        fileAtStart = new FileAtStart(url, existingFile(url));
        if (ahead == null && environment.getProperty("pasar.demo.enabled", Boolean.class, false)
                && firstStartOn(url)) {
            List<DemoProduct> products = DemoDataLoader.interleavedByGroup(DemoDataLoader.readProducts());
            CompletableFuture<List<List<Images.Prepared>>> photos = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name("demo-photos").start(() -> {
                long started = System.nanoTime();
                try {
                    photos.complete(prepared(products));
                    log.info("Demo photos drawn and cleaned ahead, during start-up, in {} ms", (System.nanoTime() - started) / 1_000_000);
                } catch (RuntimeException | Error e) {
                    photos.completeExceptionally(e);
                }
            });
            ahead = new Ahead(products, photos);
        }
    }

    /** Whether the URL names an embedded H2 database in a file that does not exist yet. */
    static boolean firstStartOn(String jdbcUrl) {
        return h2File(jdbcUrl).map(file -> !Files.exists(file)).orElse(false);
    }

    private static volatile FileAtStart fileAtStart;

    private record FileAtStart(String url, boolean exists) {
    }

    /**
     * Whether the embedded H2 database file the URL names was there before Spring started (looked at before any bean
     * exists, so the database that Flyway creates during start-up does not count).
     */
    static boolean databaseFileAtStart(String jdbcUrl) {
        FileAtStart seen = fileAtStart;
        if (seen != null && java.util.Objects.equals(seen.url(), jdbcUrl)) {
            return seen.exists();
        }
        return existingFile(jdbcUrl);
    }

    /** Whether the URL names an embedded H2 database in a file that exists. */
    static boolean existingFile(String jdbcUrl) {
        return h2File(jdbcUrl).map(Files::exists).orElse(false);
    }

    private static java.util.Optional<Path> h2File(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        if (jdbcUrl == null || !jdbcUrl.startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        String file = jdbcUrl.substring(prefix.length()).split(";", 2)[0];
        if (file.isBlank() || file.startsWith("~")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(file + ".mv.db"));
    }

    /** The photos of these products drawn and cleaned: ahead if they were started for the same products, else now. */
    static List<List<Images.Prepared>> photosOf(List<DemoProduct> products) {
        Ahead started = ahead;
        ahead = null;
        if (started != null && started.products().equals(products)) {
            try {
                return started.photos().join();
            } catch (RuntimeException e) {
                log.warn("The demo photos drawn ahead failed; drawing them again", e);
            }
        }
        return prepared(products);
    }

    /**
     * Read from the jar's {@link DemoPhotoArchive} or else drawn (the same bytes as {@link DemoDataLoader#photosOf}), and
     * cleaned as {@link Images} would, in parallel.
     */
    private static List<List<Images.Prepared>> prepared(List<DemoProduct> products) {
        List<List<byte[]>> drawn = DemoPhotoArchive.read(products).orElseGet(() -> DemoDataLoader.photosOf(products));
        return drawn.parallelStream().map(photos -> photos.stream().map(Images::prepare).toList()).toList();
    }

    private record Ahead(List<DemoProduct> products, CompletableFuture<List<List<Images.Prepared>>> photos) {
    }
}
