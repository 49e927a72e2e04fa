package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.catalog.Stock;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderExpired;
import id.go.bnn.pasarbersinar.order.OrderStatus;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes an unpaid order: payment failed, abandoned, could not start, or its reservation ran out. The state change is
 * conditional, so only the first of several tellers (event, job, second node) releases the stock.
 */
@Component
public class OrderReleases {

    private static final Logger log = LoggerFactory.getLogger(OrderReleases.class);

    private final OrderStore store;
    private final Stock stock;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderReleases(OrderStore store, Stock stock, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.stock = stock;
        this.events = events;
        this.clock = clock;
    }

    /** True when this call closed the order and released its stock; false when it was not waiting (any more). */
    @Transactional
    public boolean expire(String number, String reason) {
        OrderStore.Head head = store.head(number).orElse(null);
        if (head == null || !store.moveOrder(head.id(), OrderStatus.AWAITING_PAYMENT, OrderStatus.EXPIRED, clock.instant())) {
            return false;
        }
        store.linesOfOrder(head.id()).forEach(line -> stock.release(line.variantId(), line.quantity()));
        store.fulfilments(head.id()).forEach(f -> store.moveFulfilment(f.id(), FulfilmentStatus.AWAITING_PAYMENT, FulfilmentStatus.CANCELLED));
        events.publishEvent(new OrderExpired(number, clock.instant()));
        log.info("Order {} closed unpaid ({}); its stock is back on sale", number, reason);
        return true;
    }
}
