package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.payout.internal.ReleaseJob;
import id.go.bnn.pasarbersinar.shared.Caller;
import org.springframework.stereotype.Service;

/**
 * Makes delivered earnings whose holding period is over payable now, as the release job does every few minutes: for
 * the shop itself (demo history at start-up) and administrators. Idempotent: what was released stays released.
 */
@Service
public class EarningsReleases {

    private final ReleaseJob job;

    EarningsReleases(ReleaseJob job) {
        this.job = job;
    }

    /** How many parcels became payable. */
    public int releaseDue() {
        Caller.current().requireAdmin("releasing earnings");
        return job.releaseAllDue();
    }
}
