package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.catalog.Stock;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothOrderStore;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore.Event;
import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore.StockRow;
import id.go.bnn.pasarbersinar.exhibition.internal.ExhibitionStore;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.order.OrderExpired;
import id.go.bnn.pasarbersinar.order.OrderOnBehalf;
import id.go.bnn.pasarbersinar.order.OrdersOnBehalf;
import id.go.bnn.pasarbersinar.order.PlacedOnBehalf;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders for later delivery taken at a booth: a visitor (in Vienna, say) chooses from the booth's items, the seller
 * types the buyer's contact and address, and the shop places a normal order ({@link OrdersOnBehalf}) whose card payment
 * link is mailed to the buyer. The items come from the event's stock of the booth (they are counted as sold there, so
 * the booth cannot sell them twice) and are reserved for the order until the link runs out; the group ships them
 * later like any order. An order left unpaid gives them back to the booth while the event is open (after it ended
 * they stay in online stock, where the rest of the booth's stock went).
 */
@Service
public class BoothOrders {

    private static final Logger log = LoggerFactory.getLogger(BoothOrders.class);

    private final BoothSaleStore sales;
    private final BoothOrderStore store;
    private final ExhibitionStore events;
    private final OrdersOnBehalf orders;
    private final Stock stock;
    private final Clock clock;

    BoothOrders(BoothSaleStore sales, BoothOrderStore store, ExhibitionStore events, OrdersOnBehalf orders, Stock stock, Clock clock) {
        this.sales = sales;
        this.store = store;
        this.events = events;
        this.orders = orders;
        this.stock = stock;
        this.clock = clock;
    }

    /**
     * Places the order for the booth of {@code groupId} at the order's event. Refused with an access error when the
     * caller is not signed in or not a seller at that booth, with a {@link BoothSaleException} (the event not open, an
     * item not at the booth or fewer left there) or an {@link OrderException} (the order's: no items, the buyer, the address, no card payment),
     * and then nothing changed. Not offline: the page sends it only with a connection.
     */
    public PlacedOnBehalf place(long groupId, OrderOnBehalf order) {
        Caller caller = Caller.current();
        caller.require(caller.isSignedIn(), "booth orders");
        if (order == null) {
            throw new OrderException("order.behalf.error.empty");
        }
        long exhibitionId = order.exhibitionId();
        // Only a seller of that booth takes orders for it (an access rule: refused as such, nothing changed).
        caller.require(sales.isSellerAt(exhibitionId, groupId, caller.accountId()), "booth orders of group " + groupId + " at exhibition " + exhibitionId);
        // Sent again (a retry on a weak connection): the answer of the first time, before the stock it took is missed.
        Optional<PlacedOnBehalf> earlier = orders.placedFor(order);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireOpen(sales.event(exhibitionId));
        orders.check(order);
        Map<Long, StockRow> atBooth = sales.stock(exhibitionId, groupId).stream()
                .collect(Collectors.toMap(StockRow::variantId, Function.identity()));
        Map<Long, Integer> wanted = order.lines().stream()
                .collect(Collectors.toMap(OrderOnBehalf.Line::variantId, OrderOnBehalf.Line::quantity, Integer::sum));
        if (!atBooth.keySet().containsAll(wanted.keySet())) {
            throw new BoothSaleException("exhibition.booth.error.not-allocated");
        }
        if (wanted.entrySet().stream().anyMatch(line -> atBooth.get(line.getKey()).onHand() < line.getValue())) {
            throw new BoothSaleException("exhibition.order.error.short");
        }
        Instant now = clock.instant();
        return orders.place(order, (number, quantities) -> {
            // Under the event's row lock, as ending it is: the event cannot end between the check and the take.
            if (events.lock(exhibitionId).filter(event -> event.status() == ExhibitionStatus.OPEN).isEmpty()) {
                throw new BoothSaleException("exhibition.booth.error.not-open");
            }
            quantities.forEach((variantId, quantity) -> {
                if (!sales.takeStock(exhibitionId, groupId, variantId, quantity)) {
                    throw new BoothSaleException("exhibition.order.error.short");
                }
                stock.returnFromExhibition(variantId, quantity);
                store.insert(number, variantId, exhibitionId, groupId, quantity, caller.accountId(), now);
            });
        });
    }

    @ApplicationModuleListener
    void on(OrderExpired event) {
        giveBack(event.orderNumber());
    }

    /**
     * An order for later delivery closed unpaid: the order module put its items back into online stock; while the event
     * is open they go on to the booth they came from (as far as online stock still has them). Once per order.
     */
    @Transactional
    public void giveBack(String orderNumber) {
        var rows = store.lockOpen(orderNumber);
        if (rows.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        boolean open = events.lock(rows.getFirst().exhibitionId()).map(event -> event.status() == ExhibitionStatus.OPEN).orElse(false);
        for (BoothOrderStore.Row row : rows) {
            if (open && stock.withdrawForExhibition(row.variantId(), row.quantity())) {
                sales.giveBackStock(row.exhibitionId(), row.variantId(), row.quantity());
            } else {
                log.info("Booth order {} expired; its {} of variant {} stay in online stock (event closed or sold online meanwhile)",
                        orderNumber, row.quantity(), row.variantId());
            }
            store.markGivenBack(orderNumber, row.variantId(), now);
        }
    }

    private static void requireOpen(Optional<Event> event) {
        if (event.isEmpty() || !event.get().open()) {
            throw new BoothSaleException("exhibition.booth.error.not-open");
        }
    }
}
