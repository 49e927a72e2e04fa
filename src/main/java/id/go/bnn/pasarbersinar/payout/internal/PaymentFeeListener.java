package id.go.bnn.pasarbersinar.payout.internal;

import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM_BUYER_PAYMENTS;
import static id.go.bnn.pasarbersinar.payout.LedgerAccount.PLATFORM_PAYMENT_FEES;

import id.go.bnn.pasarbersinar.payment.PaymentFeeCharged;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore.Entry;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The payment provider's fee of an order is the platform's expense: debited to {@code PLATFORM_PAYMENT_FEES} and
 * credited to {@code PLATFORM_BUYER_PAYMENTS} (the provider passed on that much less), once per order (source key
 * {@code fee:<order>}). No group account is touched: a group's share is what it sold, whatever the buyer paid with.
 */
@Component
class PaymentFeeListener {

    private final LedgerStore ledger;

    PaymentFeeListener(LedgerStore ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(PaymentFeeCharged event) {
        long fee = event.fee().rupiah();
        if (fee <= 0) {
            return;
        }
        ledger.post("fee:" + event.orderNumber(), "payment-fee", event.provider() + " fee " + event.paymentType() + " " + event.orderNumber(), List.of(
                Entry.of(PLATFORM_PAYMENT_FEES, PLATFORM, -fee, "payment fee " + event.paymentType()),
                Entry.of(PLATFORM_BUYER_PAYMENTS, PLATFORM, fee, "payment fee " + event.paymentType())), event.at(), null);
    }
}
