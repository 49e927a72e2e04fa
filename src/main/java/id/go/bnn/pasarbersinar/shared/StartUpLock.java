package id.go.bnn.pasarbersinar.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that must happen once however many nodes start at the same moment on one database (loading the demo
 * data, printing the first administrator's link, the first fill of a shared search index): a node runs it holding a
 * ShedLock row ({@code start-up-<name>} in the {@code shedlock} table), the others wait for the row and then run the same
 * task, which finds the work done and skips it. So a task must check for itself whether its work is there yet.
 * The row is held for {@link #HELD_FOR} and renewed every half of it while the task runs; a node that dies half-way stops
 * renewing it, and another node takes over when it runs out (the dead node's own transaction was rolled back).
 */
public final class StartUpLock implements AutoCloseable {

    /** How long a lock outlives a node that stopped renewing it. */
    public static final Duration HELD_FOR = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REMIND = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(StartUpLock.class);

    private final ScheduledExecutorService renewals;
    private final KeepAliveLockProvider locks;

    public StartUpLock(ExtensibleLockProvider provider) {
        this.renewals = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("start-up-lock").factory());
        this.locks = new KeepAliveLockProvider(provider, renewals);
    }

    /** Runs the task holding the lock of that name, after waiting for any node that holds it. */
    public void once(String name, Runnable task) {
        once(name, () -> {
            task.run();
            return null;
        });
    }

    /** Runs the task holding the lock of that name, after waiting for any node that holds it, and answers its answer. */
    public <T> T once(String name, Supplier<T> task) {
        try (Held held = hold(name)) {
            return task.get();
        }
    }

    /**
     * Takes the lock of that name, after waiting for any node that holds it, for work that does not fit in one call
     * (it starts in one step of the start-up and ends in another); {@link Held#close()} lets the next node in.
     */
    public Held hold(String name) {
        return new Held(acquire("start-up-" + name));
    }

    /** A start-up lock this node holds until it closes it (closing it again does nothing). */
    public static final class Held implements AutoCloseable {

        private SimpleLock lock;

        private Held(SimpleLock lock) {
            this.lock = lock;
        }

        @Override
        public synchronized void close() {
            if (lock != null) {
                lock.unlock();
                lock = null;
            }
        }
    }

    private SimpleLock acquire(String name) {
        Instant remind = Instant.now();
        boolean waited = false;
        while (true) {
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), name, HELD_FOR, Duration.ZERO));
            if (lock.isPresent()) {
                if (waited) {
                    log.info("Start-up lock {} taken after the other node released it", name);
                }
                return lock.get();
            }
            if (!Instant.now().isBefore(remind)) {
                log.info("Waiting for another node that holds the start-up lock {} (its row in shedlock; a node that died releases it "
                        + "within {} s)", name, HELD_FOR.toSeconds());
                remind = Instant.now().plus(REMIND);
            }
            waited = true;
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the start-up lock " + name, e);
            }
        }
    }

    @Override
    public void close() {
        renewals.shutdownNow();
    }
}
