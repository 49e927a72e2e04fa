package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The order module's clockwork, each job once across all nodes (ShedLock): unpaid orders past their reservation are
 * closed and their stock released; parcels shipped longer ago than the confirmation period count as delivered;
 * refunds whose provider call did not get through are asked again with the same id (never twice at the provider).
 */
@Component
public class OrderJobs {

    private static final Logger log = LoggerFactory.getLogger(OrderJobs.class);

    private final OrderStore store;
    private final RefundStore refunds;
    private final OrderReleases releases;
    private final Orders orders;
    private final Payments payments;
    private final Clock clock;
    private final Duration deliveryConfirmation;

    OrderJobs(OrderStore store, RefundStore refunds, OrderReleases releases, Orders orders, Payments payments, Clock clock,
            @Value("${pasar.order.delivery-confirmation:14d}") Duration deliveryConfirmation) {
        this.store = store;
        this.refunds = refunds;
        this.releases = releases;
        this.orders = orders;
        this.payments = payments;
        this.clock = clock;
        this.deliveryConfirmation = deliveryConfirmation;
    }

    @Scheduled(fixedDelayString = "${pasar.order.expiry-check:1m}", initialDelayString = "${pasar.order.expiry-check:1m}")
    @SchedulerLock(name = "order-expire-reservations", lockAtMostFor = "10m")
    public void expireJob() {
        Caller.runAsSystem(this::expireReservations);
    }

    /** Closes every unpaid order whose reservation ran out; returns how many were closed. */
    public int expireReservations() {
        List<String> due = store.unpaidReservedUntil(clock.instant());
        int closed = 0;
        for (String number : due) {
            try {
                // Closes the provider's page first: a payment made in the last second is then reported, not lost.
                payments.expire(number);
            } catch (RuntimeException e) {
                log.warn("The payment page of order {} could not be closed now; trying again on the next run", number, e);
                continue;
            }
            if (releases.expire(number, "reservation timed out")) {
                closed++;
            }
        }
        return closed;
    }

    @Scheduled(fixedDelayString = "${pasar.order.delivery-check:1h}", initialDelayString = "${pasar.order.delivery-check:1h}")
    @SchedulerLock(name = "order-confirm-deliveries", lockAtMostFor = "30m")
    public void deliveryJob() {
        Caller.runAsSystem(this::confirmDeliveries);
    }

    /** Parcels shipped before the confirmation period count as delivered; returns how many. */
    public int confirmDeliveries() {
        Instant before = clock.instant().minus(deliveryConfirmation);
        List<Long> due = store.shippedBefore(before);
        due.forEach(orders::deliverAutomatically);
        return due.size();
    }

    @Scheduled(fixedDelayString = "${pasar.order.refund-retry:5m}", initialDelayString = "${pasar.order.refund-retry:5m}")
    @SchedulerLock(name = "order-retry-refunds", lockAtMostFor = "10m")
    public void refundJob() {
        Caller.runAsSystem(this::retryRefunds);
    }

    /** Asks again for refunds still open after a minute (the provider call failed or its answer was lost). */
    public void retryRefunds() {
        refunds.openBefore(clock.instant().minusSeconds(60)).forEach(request -> {
                    try {
                        payments.refund(request);
                    } catch (RuntimeException e) {
                        log.warn("Refund {} still cannot reach the provider", request.refundId(), e);
                    }
                });
    }
}
