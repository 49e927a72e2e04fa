package id.go.bnn.pasarbersinar.payout;

import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.order.FulfilmentDelivered;
import id.go.bnn.pasarbersinar.order.FulfilmentRefunded;
import id.go.bnn.pasarbersinar.order.OrderPaid;
import id.go.bnn.pasarbersinar.order.OrderPaid.PaidFulfilment;
import id.go.bnn.pasarbersinar.order.OrderPaid.PaidLine;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes order events as the order module does (inside a committed transaction, through the event publication
 * registry) and waits until the payout module's listeners completed them. This is the payout module's real interface.
 */
@Component
public class OrderEvents {

    private static final AtomicLong NEXT_FULFILMENT = new AtomicLong(System.nanoTime() % 1_000_000_000L * 10);

    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final EventPublicationRegistry registry;

    OrderEvents(ApplicationEventPublisher publisher, TransactionTemplate transactions, EventPublicationRegistry registry) {
        this.publisher = publisher;
        this.transactions = transactions;
        this.registry = registry;
    }

    public static long nextFulfilmentId() {
        return NEXT_FULFILMENT.incrementAndGet();
    }

    /** Publishes each event in its own transaction (as the order module does, one state change at a time), in order. */
    public void publish(Object... events) {
        for (Object event : events) {
            transactions.executeWithoutResult(status -> publisher.publishEvent(event));
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> registry.findIncompletePublications().stream()
                    .noneMatch(publication -> publication.getEvent().equals(event)));
        }
    }

    /** A paid order with one parcel of one group, one line per price given (quantity 1, category tenun). */
    public static OrderPaid paid(long fulfilmentId, long groupId, long shipping, Instant at, long... prices) {
        List<PaidLine> lines = java.util.Arrays.stream(prices).mapToObj(price -> new PaidLine(1000 + fulfilmentId, 1, "tenun", 1, Money.rupiah(price), null))
                .toList();
        long items = java.util.Arrays.stream(prices).sum();
        return new OrderPaid("PB-" + fulfilmentId, at, Money.rupiah(items + shipping), List.of(
                new PaidFulfilment(fulfilmentId, groupId, "53", "KAWASAN_RAWAN", Money.rupiah(items), Money.rupiah(shipping), lines)));
    }

    public static FulfilmentDelivered delivered(long fulfilmentId, long groupId, Instant at) {
        return new FulfilmentDelivered("PB-" + fulfilmentId, fulfilmentId, groupId, at);
    }

    public static FulfilmentRefunded refunded(String refundId, long fulfilmentId, long groupId, long items, long shipping, boolean whole, Instant at) {
        return new FulfilmentRefunded(refundId, "PB-" + fulfilmentId, fulfilmentId, groupId, Money.rupiah(items), Money.rupiah(shipping), whole, at);
    }
}
