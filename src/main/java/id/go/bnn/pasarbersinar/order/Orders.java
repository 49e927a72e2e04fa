package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.order.internal.OrderListQueries;
import id.go.bnn.pasarbersinar.order.internal.OrderStore;
import id.go.bnn.pasarbersinar.order.internal.PackingSlip;
import id.go.bnn.pasarbersinar.order.internal.RefundClaims;
import id.go.bnn.pasarbersinar.payment.PaymentUnavailableException;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.payment.RefundRequest;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.StorefrontChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders after checkout, for everyone who has a part in them. Access is decided here: the buyer (its account, or a
 * guest holding the order's signed link) sees its whole order; a producer member only its acting group's parcels; a
 * curator only parcels of groups in its provinces; an administrator everything. Every state change is a conditional
 * update: a second click or a second node finds the parcel moved and changes nothing.
 */
@Service
public class Orders {

    private static final Logger log = LoggerFactory.getLogger(Orders.class);

    private final OrderStore store;
    private final OrderListQueries lists;
    private final OrderLinks links;
    private final PackingSlip packingSlip;
    private final RefundClaims claims;
    private final Payments payments;
    private final ProducerGroups groups;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Orders(OrderStore store, OrderListQueries lists, OrderLinks links, PackingSlip packingSlip, RefundClaims claims, Payments payments,
            ProducerGroups groups, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.groups = groups;
        this.store = store;
        this.lists = lists;
        this.links = links;
        this.packingSlip = packingSlip;
        this.claims = claims;
        this.payments = payments;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The signed-in buyer's orders, newest first. */
    @Transactional(readOnly = true)
    public List<OrderSummary> mine() {
        Caller caller = Caller.current();
        caller.requireSignedIn();
        return lists.ordersOf(caller.accountId());
    }

    /**
     * The order as the caller may see it, or empty when it may see none of it (unknown and forbidden look the same).
     * {@code token} is the signed link's signature for guests; null otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<OrderDetails> find(String number, String token) {
        if (number == null || !number.matches("PB-\\d{4}-[A-Z0-9]{4}")) {
            return Optional.empty();
        }
        return store.details(number).flatMap(order -> visible(order, number, token));
    }

    private Optional<OrderDetails> visible(OrderDetails order, String number, String token) {
        Caller caller = Caller.current();
        boolean buyer = links.valid(number, token) || isBuyer(number, caller);
        List<OrderDetails.Parcel> parcels = buyer || caller.isAdmin() ? order.parcels()
                : order.parcels().stream().filter(parcel -> caller.actsFor(parcel.groupId()) || caller.curates(parcel.provinceCode())).toList();
        if (parcels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OrderDetails(order.number(), order.status(), order.createdAt(), order.reservedUntil(), order.paidAt(),
                order.contact(), order.itemsTotal(), order.shippingTotal(), order.total(), parcels, buyer, order.paymentMethod()));
    }

    private boolean isBuyer(String number, Caller caller) {
        return caller.isSignedIn() && store.head(number).map(head -> head.accountId() != null && caller.isAccount(head.accountId())).orElse(false);
    }

    /**
     * The signature of an order's signed link, for another module's mail to the order's buyer (a conversation about the
     * order that a guest opens with it): the shop itself only, never a person's request.
     */
    public String linkToken(String number) {
        Caller.current().require(Caller.current().system(), "signing order links");
        return links.token(number);
    }

    /** The buyer's return from the payment page: asks the provider rather than trusting the browser. */
    public void checkPayment(String number, String token) {
        if (find(number, token).filter(OrderDetails::buyer).filter(order -> order.status() == OrderStatus.AWAITING_PAYMENT).isPresent()) {
            payments.confirm(number);
        }
    }

    /**
     * Where the buyer pays an order still waiting for its payment (the page left earlier: a virtual account's number,
     * the QR code); empty for anyone but the buyer and for an order paid or closed.
     */
    public Optional<String> paymentPage(String number, String token) {
        return find(number, token).filter(OrderDetails::buyer).filter(order -> order.status() == OrderStatus.AWAITING_PAYMENT)
                .flatMap(order -> payments.openPage(number));
    }

    /** Parcels of the caller's acting group, newest first, each with what goes in it. */
    @Transactional(readOnly = true)
    public List<FulfilmentRow> forMyGroup() {
        Caller caller = Caller.current();
        caller.require(caller.has(Caller.Role.PRODUCER) && caller.actingGroup() != null, "orders of a group");
        return withContents(lists.parcelsOfGroup(caller.actingGroup()));
    }

    /** Each parcel with its lines still to send (refunded items taken off), in one query for the whole list. */
    private List<FulfilmentRow> withContents(List<FulfilmentRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<OrderSummary.Item>> contents = lists.contents(rows.stream().map(FulfilmentRow::fulfilmentId).toList());
        return rows.stream().map(row -> row.withLines(contents.getOrDefault(row.fulfilmentId(), List.of()))).toList();
    }

    /** The group starts packing. */
    @Transactional
    public void markProcessing(long fulfilmentId) {
        OrderStore.FulfilmentRef f = shipper(fulfilmentId);
        move(f, FulfilmentStatus.PROCESSING);
    }

    /** The group handed the parcel to a courier. */
    @Transactional
    public void markShipped(long fulfilmentId, String courier, String trackingNumber) {
        OrderStore.FulfilmentRef f = shipper(fulfilmentId);
        String c = courier == null ? "" : courier.strip();
        String t = trackingNumber == null ? "" : trackingNumber.strip();
        if (c.isEmpty() || c.length() > 60) {
            throw new OrderException("order.ship.error.courier");
        }
        if (!t.matches("[A-Za-z0-9-]{4,60}")) {
            throw new OrderException("order.ship.error.tracking");
        }
        move(f, FulfilmentStatus.SHIPPED);
        Instant now = clock.instant();
        store.recordShipment(fulfilmentId, c, t, now);
        events.publishEvent(new FulfilmentShipped(f.orderNumber(), fulfilmentId, f.groupId(), c, t, now));
    }

    /** The buyer says the parcel arrived (signed in, or with the order's signed link). */
    @Transactional
    public void confirmDelivery(long fulfilmentId, String token) {
        OrderStore.FulfilmentRef f = store.fulfilment(fulfilmentId).orElseThrow(() -> new OrderException("order.error.unknown"));
        Caller caller = Caller.current();
        caller.require(links.valid(f.orderNumber(), token) || (f.accountId() != null && caller.isAccount(f.accountId())) || caller.isAdmin(),
                "delivery of fulfilment " + fulfilmentId);
        deliver(f);
    }

    /** Called by the job for parcels shipped longer ago than the confirmation period. */
    public void deliverAutomatically(long fulfilmentId) {
        Caller.current().require(Caller.current().system(), "automatic delivery");
        transaction.executeWithoutResult(status -> store.fulfilment(fulfilmentId).ifPresent(this::deliver));
    }

    private void deliver(OrderStore.FulfilmentRef f) {
        move(f, FulfilmentStatus.DELIVERED);
        Instant now = clock.instant();
        store.recordDelivery(f.id(), now);
        events.publishEvent(new FulfilmentDelivered(f.orderNumber(), f.id(), f.groupId(), now));
        // The impact page (/dampak) counts it: its cached copy goes.
        events.publishEvent(StorefrontChanged.lists());
    }

    /**
     * Cancels a paid parcel before it is shipped: what is left of its money (items and shipping, less earlier refunds)
     * goes back (the provider confirms with a refund event) and its stock goes back on sale then. The buyer, the group
     * and staff of its province may cancel. Answers the amount that goes back. If the provider refuses the refund, the
     * parcel is not cancelled after all ({@link OrderException} "order.refund.error.refused").
     */
    public Money cancel(long fulfilmentId, String token) {
        Optional<RefundRequest> request = transaction.execute(status -> {
            OrderStore.FulfilmentRef f = store.lockFulfilment(fulfilmentId).orElseThrow(() -> new OrderException("order.error.unknown"));
            Caller caller = Caller.current();
            caller.require(links.valid(f.orderNumber(), token) || (f.accountId() != null && caller.isAccount(f.accountId()))
                    || caller.actsFor(f.groupId()) || caller.curates(f.provinceCode()), "cancelling fulfilment " + fulfilmentId);
            if (!f.status().cancellable()) {
                throw new OrderException("order.error.not-cancellable");
            }
            // A refund still on its way could fail and give its items back to a parcel nobody will ship: the cancel
            // waits for it. So the only refund a cancelled parcel can wait for is the cancel's own.
            if (claims.hasOpenRefund(f.id())) {
                throw new OrderException("order.cancel.error.refund-pending");
            }
            move(f, FulfilmentStatus.CANCELLED);
            return claims.claim(f, Map.of(), true, f.status());
        });
        request.ifPresent(this::send);
        return request.map(RefundRequest::amount).orElse(Money.ZERO);
    }

    /**
     * Refunds a paid parcel: the rest of it (no lines given: every item not yet refunded, and the shipping unless an
     * earlier refund took it) or some items ({@code quantities} by line id: their price, no shipping), restocking them
     * if asked. The group or staff of its province only. What is refunded or being refunded already cannot be asked
     * for again: a quantity beyond what is left is refused and changes nothing. Answers the amount that goes back.
     */
    public Money refund(long fulfilmentId, Map<Long, Integer> quantities, boolean restock) {
        RefundRequest request = transaction.execute(status -> {
            OrderStore.FulfilmentRef f = store.lockFulfilment(fulfilmentId).orElseThrow(() -> new OrderException("order.error.unknown"));
            Caller caller = Caller.current();
            caller.require(caller.actsFor(f.groupId()) || caller.curates(f.provinceCode()), "refunding fulfilment " + fulfilmentId);
            if (!f.status().refundable()) {
                throw new OrderException("order.error.not-refundable");
            }
            return claims.claim(f, quantities, restock, null).orElseThrow(() -> new OrderException("order.refund.error.nothing"));
        });
        send(request);
        return request.amount();
    }

    /**
     * Sends a claimed refund to the provider, after the claim committed. A provider out of reach leaves it requested
     * (the retry job sends it again); a refusal gives the claim back and says so.
     */
    private void send(RefundRequest request) {
        try {
            payments.refund(request);
        } catch (PaymentUnavailableException later) {
            log.warn("Refund {} of order {} could not reach the provider; it is sent again later", request.refundId(), request.orderNumber(), later);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            log.error("Refund {} of order {} was refused: {}", request.refundId(), request.orderNumber(), refused.getMessage());
            transaction.executeWithoutResult(status -> claims.fail(request.refundId()));
            throw new OrderException("order.refund.error.refused");
        }
    }

    /**
     * The packing slip of a parcel as PDF: its group and staff of its province. The sender is the group as it is now
     * (name, place, contact phone), so that a courier can bring back a parcel nobody takes.
     */
    @Transactional(readOnly = true)
    public byte[] packingSlip(long fulfilmentId) {
        OrderStore.FulfilmentRef f = store.fulfilment(fulfilmentId).orElseThrow(() -> new OrderException("order.error.unknown"));
        Caller caller = Caller.current();
        caller.require(caller.actsFor(f.groupId()) || caller.curates(f.provinceCode()), "packing slip of fulfilment " + fulfilmentId);
        OrderDetails order = store.details(f.orderNumber()).orElseThrow();
        OrderDetails.Parcel parcel = order.parcels().stream().filter(p -> p.fulfilmentId() == fulfilmentId).findFirst().orElseThrow();
        GroupId groupId = new GroupId(f.groupId());
        PackingSlip.Sender sender = groups.find(groupId)
                .map(group -> new PackingSlip.Sender(group.name(), placeLines(group), groups.profile(groupId).contactPhone()))
                .orElse(new PackingSlip.Sender(parcel.groupName(), List.of(), null));
        return packingSlip.render(order, parcel, sender);
    }

    private static List<String> placeLines(GroupSummary group) {
        List<String> lines = new ArrayList<>();
        if (group.village() != null && !group.village().isBlank()) {
            lines.add(group.village());
        }
        String district = group.district() == null || group.district().isBlank() ? "" : group.district() + ", ";
        lines.add(district + group.regency());
        lines.add(group.provinceName());
        return lines;
    }

    private OrderStore.FulfilmentRef shipper(long fulfilmentId) {
        OrderStore.FulfilmentRef f = store.fulfilment(fulfilmentId).orElseThrow(() -> new OrderException("order.error.unknown"));
        Caller caller = Caller.current();
        caller.require(caller.actsFor(f.groupId()) || caller.isAdmin(), "shipping fulfilment " + fulfilmentId);
        return f;
    }

    private void move(OrderStore.FulfilmentRef f, FulfilmentStatus target) {
        if (!f.status().canMoveTo(target) || !store.moveFulfilment(f.id(), f.status(), target)) {
            throw new OrderException("order.error.transition");
        }
    }
}
