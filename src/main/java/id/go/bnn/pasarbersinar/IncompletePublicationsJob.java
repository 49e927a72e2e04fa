package id.go.bnn.pasarbersinar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands incomplete event publications to their listeners again, every {@code pasar.events.retry-interval}, on one
 * node at a time (ShedLock). A listener that failed (the database was away, or an event arrived before the one it
 * depends on, such as a delivery before its payment) stays incomplete in the registry; without this job it would
 * only be retried at the next restart. Only publications older than {@code pasar.events.retry-older-than} are
 * resubmitted, so one still being handled for the first time is left alone. Listeners are idempotent, so handing
 * an event over twice changes nothing.
 */
@Component
public class IncompletePublicationsJob {

    private static final Logger log = LoggerFactory.getLogger(IncompletePublicationsJob.class);

    private final IncompleteEventPublications publications;
    private final Duration olderThan;
    private final Clock clock;

    IncompletePublicationsJob(IncompleteEventPublications publications, @Value("${pasar.events.retry-older-than:PT5M}") Duration olderThan,
            Clock clock) {
        this.publications = publications;
        this.olderThan = olderThan;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pasar.events.retry-interval:PT5M}", initialDelayString = "${pasar.events.retry-interval:PT5M}")
    @SchedulerLock(name = "event-publication-retry", lockAtMostFor = "PT30M")
    public void resubmitIncomplete() {
        int resubmitted = resubmitOlderThan(olderThan);
        if (resubmitted > 0) {
            log.info("{} incomplete event publications handed to their listeners again", resubmitted);
        }
    }

    /** Resubmits every incomplete publication published longer ago than {@code age}; returns how many. */
    public int resubmitOlderThan(Duration age) {
        Instant before = clock.instant().minus(age);
        AtomicInteger count = new AtomicInteger();
        publications.resubmitIncompletePublications(publication -> {
            boolean old = !publication.getPublicationDate().isAfter(before);
            if (old) {
                count.incrementAndGet();
            }
            return old;
        });
        return count.get();
    }
}
