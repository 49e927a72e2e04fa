package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.payout.IrisSettlement;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.TransferSettlement;
import id.go.bnn.pasarbersinar.shared.Caller;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The optional weekly payout run ({@code pasar.payout.weekly-run.enabled}, off by default; cron in
 * {@code pasar.payout.weekly-run.cron}), once across app nodes (ShedLock). Every hour SENT Stripe payouts are
 * reconciled by retrieving their transfers, and stored Iris notifications not yet settled are settled again.
 */
@Component
class WeeklyPayoutJob {

    private static final Logger log = LoggerFactory.getLogger(WeeklyPayoutJob.class);

    private final PayoutRuns runs;
    private final TransferSettlement settlement;
    private final IrisSettlement iris;
    private final boolean enabled;

    WeeklyPayoutJob(PayoutRuns runs, TransferSettlement settlement, IrisSettlement iris,
            @Value("${pasar.payout.weekly-run.enabled:false}") boolean enabled) {
        this.runs = runs;
        this.settlement = settlement;
        this.iris = iris;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${pasar.payout.weekly-run.cron:0 0 3 * * MON}", zone = "Asia/Jakarta")
    @SchedulerLock(name = "payout-weekly-run", lockAtMostFor = "PT2H")
    void weeklyRun() {
        if (enabled) {
            var summary = Caller.runAsSystem(runs::runScheduled);
            log.info("Weekly payout run {}: {} payouts, {}", summary.runId(), summary.payouts(), summary.total());
        }
    }

    @Scheduled(fixedDelayString = "${pasar.payout.reconcile-interval:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(name = "payout-reconcile", lockAtMostFor = "PT30M")
    void reconcile() {
        Caller.runAsSystem(settlement::reconcileSent);
    }

    /** Iris notifications stored while Iris's status could not be read (or before their reference was known), again. */
    @Scheduled(fixedDelayString = "${pasar.payout.reconcile-interval:PT1H}", initialDelayString = "PT7M")
    @SchedulerLock(name = "payout-iris-notifications", lockAtMostFor = "PT30M")
    void retryIrisNotifications() {
        Caller.runAsSystem(iris::retryStored);
    }
}
