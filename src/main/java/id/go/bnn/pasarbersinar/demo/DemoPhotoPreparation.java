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
 * Draws and cleans the demo photos while Spring is still starting, on the demo's first start: Spring's start-up runs
 * mostly on one thread, and drawing 170 photos is pure work that needs no bean, so on a machine with two cores the second
 * one draws while the first starts the shop. Registered in {@code META-INF/spring.factories}, it sees the environment
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
        if (ahead == null && environment.getProperty("pasar.demo.enabled", Boolean.class, false)
                && firstStartOn(environment.getProperty("spring.datasource.url"))) {
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
        String prefix = "jdbc:h2:file:";
        if (jdbcUrl == null || !jdbcUrl.startsWith(prefix)) {
            return false;
        }
        String file = jdbcUrl.substring(prefix.length()).split(";", 2)[0];
        if (file.isBlank() || file.startsWith("~")) {
            return false;
        }
        return !Files.exists(Path.of(file + ".mv.db"));
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
