package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.order.FulfilmentDelivered;
import id.go.bnn.pasarbersinar.order.FulfilmentRefunded;
import id.go.bnn.pasarbersinar.order.OrderPaid;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The ledger listens to the order module. Each listener runs after the order's transaction committed, in its own
 * transaction, and is kept in the event publication registry until it completes, so a crash loses nothing; posting is
 * idempotent by source key, so a replay changes nothing.
 */
@Component
class OrderEventListeners {

    private final EarningsPosting posting;

    OrderEventListeners(EarningsPosting posting) {
        this.posting = posting;
    }

    @ApplicationModuleListener
    void on(OrderPaid event) {
        posting.paid(event);
    }

    @ApplicationModuleListener
    void on(FulfilmentDelivered event) {
        posting.delivered(event);
    }

    @ApplicationModuleListener
    void on(FulfilmentRefunded event) {
        posting.refunded(event);
    }
}
