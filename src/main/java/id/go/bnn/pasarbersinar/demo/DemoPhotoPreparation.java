package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.demo.DemoDataLoader.DemoProduct;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Reads (from the jar's {@link DemoPhotoArchive}) or draws the demo photos and cleans them for storing while Spring is
 * still starting, on the demo's first start: Spring's start-up runs mostly on one thread, and preparing 170 photos is
 * pure work that needs no bean, so on a machine with two cores one thread prepares while the other starts the shop, and
 * what is left when the shop needs them is finished on every core ({@link Cleaning}). Registered in {@code META-INF/spring.factories}, it sees the environment
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
            CompletableFuture<Cleaning> photos = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name("demo-photos").start(() -> {
                long started = System.nanoTime();
                try {
                    Cleaning cleaning = new Cleaning(drawn(products));
                    photos.complete(cleaning);
                    cleaning.work();
                    log.info("Demo photos cleaned ahead by {} of {} products during start-up, in {} ms", cleaning.cleanedAhead(),
                            products.size(), (System.nanoTime() - started) / 1_000_000);
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
                return started.photos().join().finish();
            } catch (RuntimeException e) {
                log.warn("The demo photos drawn ahead failed; drawing them again", e);
            }
        }
        return new Cleaning(drawn(products)).finish();
    }

    /** Read from the jar's {@link DemoPhotoArchive} or else drawn (the same bytes as {@link DemoDataLoader#photosOf}). */
    private static List<List<byte[]>> drawn(List<DemoProduct> products) {
        return DemoPhotoArchive.read(products).orElseGet(() -> DemoDataLoader.photosOf(products));
    }

    /**
     * The drawn photos cleaned as {@link Images} would, product by product, each by whichever thread takes it next: while
     * Spring starts, one thread (on two cores a second one would only take turns with Spring's main thread and the JIT
     * compilers); once the shop has started and needs them, also the thread that waits for them and the common pool, on
     * every core. The same pictures in the same order whichever thread cleaned which.
     */
    static final class Cleaning {

        private final List<List<byte[]>> drawn;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger taken = new AtomicInteger();
        private final AtomicReferenceArray<List<Images.Prepared>> cleaned;
        private final CountDownLatch left;
        private volatile RuntimeException failure;
        private volatile int cleanedAhead = -1;

        Cleaning(List<List<byte[]>> drawn) {
            this.drawn = drawn;
            this.cleaned = new AtomicReferenceArray<>(drawn.size());
            this.left = new CountDownLatch(drawn.size());
        }

        /** Cleans one product after another until none is left to take. */
        void work() {
            for (int i = next.getAndIncrement(); i < drawn.size(); i = next.getAndIncrement()) {
                try {
                    cleaned.set(i, drawn.get(i).stream().map(Images::prepare).toList());
                } catch (RuntimeException e) {
                    failure = e;
                } finally {
                    taken.incrementAndGet();
                    left.countDown();
                }
            }
        }

        /** Cleans what is left on every core, waits for the products other threads are cleaning, and returns them all. */
        List<List<Images.Prepared>> finish() {
            cleanedAhead = taken.get();
            IntStream.range(0, Runtime.getRuntime().availableProcessors()).parallel().forEach(helper -> work());
            boolean interrupted = false;
            while (true) {
                try {
                    left.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            List<List<Images.Prepared>> all = IntStream.range(0, drawn.size()).mapToObj(cleaned::get).toList();
            if (all.contains(null)) {
                throw new IllegalStateException("A demo photo could not be cleaned");
            }
            return all;
        }

        /** How many products were cleaned before {@link #finish()} was called (all of them when it has not been yet). */
        int cleanedAhead() {
            int ahead = cleanedAhead;
            return ahead < 0 ? taken.get() : ahead;
        }
    }

    private record Ahead(List<DemoProduct> products, CompletableFuture<Cleaning> photos) {
    }
}
