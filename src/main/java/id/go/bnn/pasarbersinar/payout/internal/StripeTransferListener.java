package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.payment.StripeTransferChanged;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.shared.Caller;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stripe's transfer webhooks, as the payment module hands them over: they settle our Stripe payouts (see
 * {@link PayoutRuns#transferChanged}). Kept in the event publication registry until handled; a failure is retried.
 */
@Component
class StripeTransferListener {

    private final PayoutRuns runs;

    StripeTransferListener(PayoutRuns runs) {
        this.runs = runs;
    }

    @ApplicationModuleListener
    void on(StripeTransferChanged event) {
        Caller.runAsSystem(() -> runs.transferChanged(event));
    }
}
