package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.payment.StripeTransferChanged;
import id.go.bnn.pasarbersinar.payout.TransferSettlement;
import id.go.bnn.pasarbersinar.shared.Caller;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stripe's transfer webhooks, as the payment module hands them over: they settle our Stripe payouts (see
 * {@link TransferSettlement#transferChanged}). Kept in the event publication registry until handled; a failure is retried.
 */
@Component
class StripeTransferListener {

    private final TransferSettlement settlement;

    StripeTransferListener(TransferSettlement settlement) {
        this.settlement = settlement;
    }

    @ApplicationModuleListener
    void on(StripeTransferChanged event) {
        Caller.runAsSystem(() -> settlement.transferChanged(event));
    }
}
