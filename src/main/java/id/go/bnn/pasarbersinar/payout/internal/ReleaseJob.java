package id.go.bnn.pasarbersinar.payout.internal;

import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves earnings whose holding period is over from pending to available. It runs every few minutes on one node
 * (ShedLock), and every payout run calls it first, so a run never misses what became payable since the last tick.
 */
@Component
public class ReleaseJob {

    private static final Logger log = LoggerFactory.getLogger(ReleaseJob.class);
    private static final int BATCH = 200;

    private final EarningsPosting posting;
    private final Clock clock;

    ReleaseJob(EarningsPosting posting, Clock clock) {
        this.posting = posting;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pasar.payout.release-interval:PT10M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "payout-release", lockAtMostFor = "PT30M")
    public void releaseDue() {
        int released = releaseAllDue();
        if (released > 0) {
            log.info("{} fulfilments became payable", released);
        }
    }

    /** Releases every due fulfilment, each in its own transaction (a batch of ids at a time). */
    public int releaseAllDue() {
        int released = 0;
        while (true) {
            List<Long> due = posting.due(clock.instant(), BATCH);
            int before = released;
            for (long fulfilmentId : due) {
                if (posting.releaseIfDue(fulfilmentId, clock.instant())) {
                    released++;
                }
            }
            if (due.size() < BATCH || released == before) {
                return released;
            }
        }
    }
}
