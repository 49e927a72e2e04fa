package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.FulfilmentRefunded;
import id.go.bnn.pasarbersinar.order.ReturnStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A return's refund the provider confirmed: the return is refunded (a decided dispute stays decided). */
@Component
class ReturnRefunds {

    private final ReturnStore store;

    ReturnRefunds(ReturnStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(FulfilmentRefunded event) {
        store.byRefund(event.refundId()).ifPresent(id -> store.move(id, ReturnStatus.RECEIVED, ReturnStatus.REFUNDED));
    }
}
