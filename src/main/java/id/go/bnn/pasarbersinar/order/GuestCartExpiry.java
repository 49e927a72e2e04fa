package id.go.bnn.pasarbersinar.order;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Guest carts nobody changed for {@code pasar.order.guest-cart-lifetime} are deleted, once across all nodes (ShedLock). */
@Component
class GuestCartExpiry {

    private static final Logger log = LoggerFactory.getLogger(GuestCartExpiry.class);

    private final GuestCartStore carts;
    private final Clock clock;
    private final Duration lifetime;

    GuestCartExpiry(GuestCartStore carts, Clock clock, @Value("${pasar.order.guest-cart-lifetime:30d}") Duration lifetime) {
        this.carts = carts;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Scheduled(fixedDelayString = "${pasar.order.guest-cart-check:1h}", initialDelayString = "${pasar.order.guest-cart-check:1h}")
    @SchedulerLock(name = "order-expire-guest-carts", lockAtMostFor = "30m")
    void job() {
        int deleted = deleteExpired();
        if (deleted > 0) {
            log.info("Deleted {} guest carts unchanged for {}", deleted, lifetime);
        }
    }

    /** Deletes the guest carts unchanged for longer than their lifetime; returns how many. */
    int deleteExpired() {
        return carts.deleteUnchangedSince(clock.instant().minus(lifetime));
    }
}
