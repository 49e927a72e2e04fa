package id.go.bnn.pasarbersinar.demo;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo history moves the shop's clock step by step, so before the next step it waits until the event listeners
 * of the last one (running in other threads) are done: they stamp their work with the step's moment.
 */
final class DemoListenerWait {

    private static final Logger log = LoggerFactory.getLogger(DemoListenerWait.class);
    private static final Duration LISTENERS_TIMEOUT = Duration.ofSeconds(10);

    private final EventPublicationQueries publications;
    /** Event publications that stayed incomplete (a listener failed): not waited for again. */
    private final Set<String> stuck = new HashSet<>();

    DemoListenerWait(EventPublicationQueries publications) {
        this.publications = publications;
    }

    /** Publications left incomplete before the history began are not the history's: never waited for. */
    void ignoreThoseOpenNow() {
        stuck.addAll(incomplete());
    }

    /** Spring Modulith's registry of event publications: a row stays without completion date until its listener is done. */
    private Set<String> incomplete() {
        // Staff decisions only feed the audit log (each carries its own time); one published outside a transaction
        // (the payout run's) is never delivered to its transactional listener, so it is not waited for.
        return new HashSet<>(publications.incompleteExcept(".StaffDecision"));
    }

    /**
     * Waits until every event publication is complete but those known to be stuck: the listeners of the last step (and
     * what they published in turn) are done. Those still incomplete after the timeout (a listener that failed) are
     * not waited for again.
     */
    void await() {
        long deadline = System.nanoTime() + LISTENERS_TIMEOUT.toNanos();
        while (true) {
            Set<String> open = incomplete();
            open.removeAll(stuck);
            if (open.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                log.warn("Demo history: {} event publications did not complete in {}", open.size(), LISTENERS_TIMEOUT);
                stuck.addAll(open);
                return;
            }
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
