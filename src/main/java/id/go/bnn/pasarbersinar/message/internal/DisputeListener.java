package id.go.bnn.pasarbersinar.message.internal;

import id.go.bnn.pasarbersinar.message.Messages;
import id.go.bnn.pasarbersinar.order.ReturnEscalated;
import id.go.bnn.pasarbersinar.shared.Caller;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A return taken to the curator opens the dispute on the order's conversation with that group (the curator may read it). */
@Component
class DisputeListener {

    private final Messages messages;

    DisputeListener(Messages messages) {
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReturnEscalated event) {
        Caller.runAsSystem(() -> messages.disputeOpened(event.orderNumber(), event.groupId()));
    }
}
