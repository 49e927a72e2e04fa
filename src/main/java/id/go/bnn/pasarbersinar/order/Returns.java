package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.order.internal.OrderStore;
import id.go.bnn.pasarbersinar.order.internal.RefundClaims;
import id.go.bnn.pasarbersinar.order.internal.RefundSending;
import id.go.bnn.pasarbersinar.order.internal.ReturnStore;
import id.go.bnn.pasarbersinar.payment.RefundRequest;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Returns and disputes after delivery. The buyer (its account, or a guest with the order's signed link) asks within the
 * return window to send lines of a delivered parcel back; the group accepts (the buyer ships back, the group confirms
 * receipt and the refund goes through the provider) or declines; a declined request, or one unanswered for the answer
 * time, goes to the curator of the parcel's province, who decides the refund and whether the group or the platform
 * bears it. Access is decided here, whatever the page shows; every refusal changes nothing.
 */
@Service
public class Returns {

    public static final int MAX_PHOTOS = 3;
    public static final int MAX_TEXT = 1000;
    private static final int LIST_LIMIT = 200;

    private final OrderStore orders;
    private final ReturnStore store;
    private final RefundClaims claims;
    private final RefundSending sending;
    private final OrderLinks links;
    private final Images images;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration window;
    private final Duration answerTime;
    private final Money postageCap;

    Returns(OrderStore orders, ReturnStore store, RefundClaims claims, RefundSending sending, OrderLinks links, Images images,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
            @Value("${pasar.order.return-window:7d}") Duration window, @Value("${pasar.order.return-answer-time:3d}") Duration answerTime,
            @Value("${pasar.order.return-postage-max:100000}") long postageCap) {
        this.orders = orders;
        this.store = store;
        this.claims = claims;
        this.sending = sending;
        this.links = links;
        this.images = images;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.window = window;
        this.answerTime = answerTime;
        this.postageCap = Money.rupiah(postageCap);
    }

    /** How long after delivery a buyer may ask for a return. */
    public Duration window() {
        return window;
    }

    /** How long a group has to answer before the buyer may take the request to the curator. */
    public Duration answerTime() {
        return answerTime;
    }

    /** Whether the buyer may ask to return (some of) this parcel now: delivered, within the window, nothing open. */
    @Transactional(readOnly = true)
    public boolean canAsk(OrderDetails.Parcel parcel) {
        return parcel.status() == FulfilmentStatus.DELIVERED && parcel.deliveredAt() != null
                && !clock.instant().isAfter(parcel.deliveredAt().plus(window))
                && parcel.lines().stream().anyMatch(line -> line.quantityLeft() > 0) && !store.hasOpen(parcel.fulfilmentId());
    }

    /**
     * Stores a photo for a return the caller may ask for (checked by content, re-encoded without metadata, as every
     * upload); answers its hash to pass to {@link #request}.
     */
    public String storePhoto(String orderNumber, String token, byte[] bytes) {
        Caller caller = Caller.current();
        Long accountId = orders.head(orderNumber == null ? "" : orderNumber).map(OrderStore.Head::accountId).orElse(null);
        caller.require(links.valid(orderNumber, token) || (accountId != null && caller.isAccount(accountId)), "a return photo for " + orderNumber);
        // Kept private: the buyer's photos are served by photo() to those who may see the return, never at /gambar/….
        Images.Prepared picture = Images.prepare(bytes);
        return Caller.runAsSystem(() -> images.storePrivate(picture)).hash();
    }

    /**
     * A photo of the return for those who may see it: the buyer (its account or the order's signed link {@code token}),
     * a member acting for the parcel's group and the staff of its province; as uploaded ({@code width} 0) or at one of
     * the catalog's widths. Empty when the return holds no such photo; anyone else is refused.
     */
    public Optional<Images.Picture> photo(long returnId, String hash, int width, String token) {
        Caller caller = Caller.current();
        ReturnStore.Row row = store.find(returnId).orElseThrow(() -> new AccessDeniedException("Access denied to return " + returnId));
        boolean buyer = links.valid(row.orderNumber(), token) || (row.accountId() != null && caller.isAccount(row.accountId()));
        caller.require(buyer || caller.actsFor(row.groupId()) || caller.curates(row.provinceCode()), "photos of return " + returnId);
        return store.photos(returnId).contains(hash) ? Caller.runAsSystem(() -> images.privatePicture(hash, width)) : Optional.empty();
    }

    /** The address of a photo of the return ({@link #photo}); a guest's carries the order's signed link. */
    public static String photoPath(long returnId, String hash, int width, String token) {
        String path = "/pesanan/retur/" + returnId + "/foto/" + hash + "/" + width;
        return token == null ? path : path + "?t=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The buyer asks to return {@code quantities} (by line id) of a delivered parcel, with a reason, a description and
     * up to {@link #MAX_PHOTOS} photos stored by {@link #storePhoto}. Answers the new return's id.
     */
    public long request(long fulfilmentId, String token, ReturnReason reason, String description, Map<Long, Integer> quantities,
            List<String> photos) {
        long id = transaction.execute(status -> {
            OrderStore.FulfilmentRef f = orders.lockFulfilment(fulfilmentId).orElseThrow(() -> new OrderException("order.error.unknown"));
            requireBuyer(f.orderNumber(), f.accountId(), token, "a return of fulfilment " + fulfilmentId);
            OrderDetails.Parcel parcel = orders.details(f.orderNumber()).orElseThrow().parcels().stream()
                    .filter(p -> p.fulfilmentId() == fulfilmentId).findFirst().orElseThrow();
            if (parcel.status() != FulfilmentStatus.DELIVERED || parcel.deliveredAt() == null) {
                throw new OrderException("order.return.error.not-delivered");
            }
            if (clock.instant().isAfter(parcel.deliveredAt().plus(window))) {
                throw new OrderException("order.return.error.window", window.toDays());
            }
            if (store.hasOpen(fulfilmentId)) {
                throw new OrderException("order.return.error.open");
            }
            Map<Long, Integer> asked = new LinkedHashMap<>();
            quantities.forEach((lineId, quantity) -> {
                if (quantity == null || quantity == 0) {
                    return;
                }
                OrderDetails.Line line = parcel.lines().stream().filter(l -> lineId != null && l.lineId() == lineId).findFirst()
                        .orElseThrow(() -> new OrderException("order.return.error.quantity"));
                if (quantity < 0 || quantity > line.quantityLeft()) {
                    throw new OrderException("order.return.error.quantity");
                }
                asked.put(lineId, quantity);
            });
            if (asked.isEmpty()) {
                throw new OrderException("order.return.error.nothing");
            }
            if (reason == null) {
                throw new OrderException("order.return.error.reason");
            }
            String text = text(description, "order.return.error.description");
            List<String> kept = photos == null ? List.of() : photos.stream().distinct().toList();
            if (kept.size() > MAX_PHOTOS || kept.stream().anyMatch(hash -> !images.stored(hash))) {
                throw new OrderException("order.return.error.photo", MAX_PHOTOS);
            }
            long created = store.insert(fulfilmentId, reason, text, clock.instant(), asked, kept);
            events.publishEvent(new ReturnChanged(created, ReturnStatus.REQUESTED, clock.instant()));
            return created;
        });
        return id;
    }

    /** The group accepts: the buyer may ship the items back. */
    @Transactional
    public void accept(long returnId) {
        ReturnStore.Row row = asGroup(returnId);
        move(row, ReturnStatus.ACCEPTED);
        store.answered(returnId, clock.instant(), null);
    }

    /** The group declines, saying why; the buyer may then take it to the curator. */
    @Transactional
    public void decline(long returnId, String reason) {
        ReturnStore.Row row = asGroup(returnId);
        String text = text(reason, "order.return.error.decline-reason");
        move(row, ReturnStatus.DECLINED);
        store.answered(returnId, clock.instant(), text);
    }

    /** The buyer sent the items back with this tracking number (stating no postage). */
    @Transactional
    public void shipBack(long returnId, String token, String trackingNumber) {
        shipBack(returnId, token, trackingNumber, null);
    }

    /**
     * The buyer sent the items back with this tracking number and says what the postage was. When the reason is the
     * group's fault the postage (0 up to {@link ReturnCase#postageMax}) is refunded with the items on receipt, at the
     * group's cost; for a change of mind the buyer pays it and may state none.
     */
    @Transactional
    public void shipBack(long returnId, String token, String trackingNumber, Money postage) {
        ReturnStore.Row row = store.lock(returnId).orElseThrow(() -> new OrderException("order.error.unknown"));
        requireBuyer(row.orderNumber(), row.accountId(), token, "return " + returnId);
        String tracking = trackingNumber == null ? "" : trackingNumber.strip();
        if (!tracking.matches("[A-Za-z0-9-]{4,60}")) {
            throw new OrderException("order.ship.error.tracking");
        }
        if (!row.reason().groupPaysShipping() && postage != null && postage.rupiah() != 0) {
            throw new OrderException("order.return.error.postage-buyer");
        }
        checkPostage(row, postage);
        move(row, ReturnStatus.SHIPPED_BACK);
        store.shippedBack(returnId, tracking, row.reason().groupPaysShipping() ? postage : null, clock.instant());
    }

    /**
     * The most return postage a refund of this return may carry: {@code pasar.order.return-postage-max}, and never more
     * than the parcel's own shipping, so that items and postage together stay within what the parcel was paid (the
     * payment provider refunds no more than was charged). Nothing once the parcel's shipping was refunded (a refund of
     * the rest, an earlier return's postage): the postage takes the shipping's place in what may go back.
     */
    private Money postageMax(ReturnStore.Row row) {
        if (row.shippingRefunded()) {
            return Money.ZERO;
        }
        return row.parcelShipping().compareTo(postageCap) < 0 ? row.parcelShipping() : postageCap;
    }

    private void checkPostage(ReturnStore.Row row, Money postage) {
        if (postage != null && (postage.rupiah() < 0 || postage.compareTo(postageMax(row)) > 0)) {
            throw new OrderException("order.return.error.postage", postageMax(row).format());
        }
    }

    /**
     * The group has the items back: what they are worth, and the return postage the buyer stated when the reason is the
     * group's fault, go back to the buyer through the provider, at the group's cost, restocked if asked. Answers the
     * amount. If the provider refuses, the return waits for receipt again.
     */
    public Money confirmReceipt(long returnId, boolean restock) {
        RefundRequest request = transaction.execute(status -> {
            ReturnStore.Row row = store.find(returnId).orElseThrow(() -> new OrderException("order.error.unknown"));
            OrderStore.FulfilmentRef f = orders.lockFulfilment(row.fulfilmentId()).orElseThrow();
            Caller caller = Caller.current();
            caller.require(caller.actsFor(f.groupId()), "receipt of return " + returnId);
            ReturnStore.Row locked = store.lock(returnId).orElseThrow();
            move(locked, ReturnStatus.RECEIVED);
            Map<Long, Integer> quantities = quantities(returnId);
            Money postage = locked.reason().groupPaysShipping() && locked.returnPostage() != null ? locked.returnPostage() : Money.ZERO;
            RefundRequest claimed = claims.claimReturn(f, quantities, value(returnId), postage, restock, false);
            store.refunding(returnId, claimed.refundId(), claimed.amount(), postage);
            return claimed;
        });
        sending.send(request, () -> store.move(returnId, ReturnStatus.RECEIVED, ReturnStatus.SHIPPED_BACK));
        return request.amount();
    }

    /** The buyer takes a declined request, or one the group left unanswered for the answer time, to the curator. */
    @Transactional
    public void escalate(long returnId, String token) {
        ReturnStore.Row row = store.lock(returnId).orElseThrow(() -> new OrderException("order.error.unknown"));
        requireBuyer(row.orderNumber(), row.accountId(), token, "escalating return " + returnId);
        if (!escalatable(row)) {
            throw new OrderException("order.return.error.not-escalatable", answerTime.toDays());
        }
        move(row, ReturnStatus.ESCALATED);
        store.escalated(returnId, clock.instant());
    }

    /** {@link #decide(long, Money, Money, boolean, String)} without return postage. */
    public Money decide(long returnId, Money amount, boolean platformCost, String note) {
        return decide(returnId, amount, Money.ZERO, platformCost, note);
    }

    /**
     * The curator of the parcel's province decides an escalated return: {@code amount} back to the buyer for the items
     * (zero: none; at most what the returned lines are worth) plus {@code postage} for the return shipping (0 up to
     * {@link ReturnCase#postageMax}, only with a refund), at the platform's cost or the group's, with a note both sides
     * read. The decision goes into the audit log and is mailed to both sides. Answers the whole refund.
     */
    public Money decide(long returnId, Money amount, Money postage, boolean platformCost, String note) {
        RefundRequest request = transaction.execute(status -> {
            ReturnStore.Row row = store.find(returnId).orElseThrow(() -> new OrderException("order.error.unknown"));
            Caller caller = Caller.current();
            caller.require(caller.curates(row.provinceCode()), "deciding return " + returnId);
            OrderStore.FulfilmentRef f = orders.lockFulfilment(row.fulfilmentId()).orElseThrow();
            ReturnStore.Row locked = store.lock(returnId).orElseThrow();
            String text = text(note, "order.return.error.note");
            if (amount == null || amount.rupiah() < 0 || amount.rupiah() > value(returnId).rupiah()) {
                throw new OrderException("order.return.error.amount");
            }
            Money withPostage = postage == null ? Money.ZERO : postage;
            checkPostage(locked, withPostage);
            if (amount.rupiah() == 0 && withPostage.rupiah() > 0) {
                throw new OrderException("order.return.error.postage-alone");
            }
            move(locked, ReturnStatus.DECIDED);
            RefundRequest claimed = amount.rupiah() == 0 ? null
                    : claims.claimReturn(f, quantities(returnId), amount, withPostage, false, platformCost);
            Instant now = clock.instant();
            store.decided(returnId, caller.accountId(), text, amount, withPostage, platformCost, claimed == null ? null : claimed.refundId(), now);
            events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), row.provinceCode(), "RETURN", String.valueOf(returnId),
                    "return.decide", "ESCALATED", "DECIDED: refund " + amount.plus(withPostage).rupiah()
                            + (withPostage.rupiah() == 0 ? "" : " (return postage " + withPostage.rupiah() + ")")
                            + (amount.rupiah() == 0 ? "" : platformCost ? " at the platform's cost" : " at the group's cost") + "; " + text, now));
            return claimed;
        });
        if (request != null) {
            sending.send(request, () -> store.move(returnId, ReturnStatus.DECIDED, ReturnStatus.ESCALATED));
        }
        return amount.plus(postage == null ? Money.ZERO : postage);
    }

    /** The returns of an order's parcels the caller may see (the buyer all; a group its own; a curator its provinces'). */
    @Transactional(readOnly = true)
    public List<ReturnCase> ofOrder(OrderDetails visible) {
        Set<Long> parcels = visible.parcels().stream().map(OrderDetails.Parcel::fulfilmentId).collect(Collectors.toSet());
        return store.ofOrder(visible.number()).stream().filter(row -> parcels.contains(row.fulfilmentId())).map(this::view).toList();
    }

    /** The acting group's returns, newest first. */
    @Transactional(readOnly = true)
    public List<ReturnCase> forMyGroup() {
        Caller caller = Caller.current();
        caller.require(caller.has(Caller.Role.PRODUCER) && caller.actingGroup() != null, "returns of a group");
        return store.ofGroup(caller.actingGroup(), LIST_LIMIT).stream().map(this::view).toList();
    }

    /** Escalated returns waiting for a decision in the caller's provinces (every province for administrators), oldest first. */
    @Transactional(readOnly = true)
    public List<ReturnCase> disputes() {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "disputes");
        return store.inStatus(EnumSet.of(ReturnStatus.ESCALATED), caller.isAdmin() ? null : caller.provinces(), LIST_LIMIT).stream()
                .map(this::view).toList();
    }

    private ReturnCase view(ReturnStore.Row row) {
        return new ReturnCase(row.id(), row.orderNumber(), row.fulfilmentId(), row.groupId(), row.groupName(), row.provinceCode(), row.reason(),
                row.description(), store.photos(row.id()), store.lines(row.id()), row.status(), row.requestedAt(), row.declineReason(),
                row.returnTracking(), row.decisionNote(), row.refundAmount(), row.platformCost(), escalatable(row), row.returnPostage(),
                row.refundPostage(), postageMax(row));
    }

    private boolean escalatable(ReturnStore.Row row) {
        return row.status() == ReturnStatus.DECLINED
                || (row.status() == ReturnStatus.REQUESTED && !clock.instant().isBefore(row.requestedAt().plus(answerTime)));
    }

    private Map<Long, Integer> quantities(long returnId) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        store.lines(returnId).forEach(line -> quantities.put(line.lineId(), line.quantity()));
        return quantities;
    }

    private Money value(long returnId) {
        Money sum = Money.ZERO;
        for (ReturnCase.Line line : store.lines(returnId)) {
            sum = sum.plus(line.total());
        }
        return sum;
    }

    private ReturnStore.Row asGroup(long returnId) {
        ReturnStore.Row row = store.lock(returnId).orElseThrow(() -> new OrderException("order.error.unknown"));
        Caller caller = Caller.current();
        caller.require(caller.actsFor(row.groupId()), "answering return " + returnId);
        return row;
    }

    private void requireBuyer(String orderNumber, Long accountId, String token, String what) {
        Caller caller = Caller.current();
        caller.require(links.valid(orderNumber, token) || (accountId != null && caller.isAccount(accountId)), what);
    }

    private void move(ReturnStore.Row row, ReturnStatus target) {
        if (!row.status().canMoveTo(target) || !store.move(row.id(), row.status(), target)) {
            throw new OrderException("order.return.error.transition");
        }
        events.publishEvent(new ReturnChanged(row.id(), target, clock.instant()));
        if (target == ReturnStatus.ESCALATED) {
            events.publishEvent(new ReturnEscalated(row.id(), row.orderNumber(), row.groupId()));
        }
    }

    private static String text(String value, String errorKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_TEXT) {
            throw new OrderException(errorKey, MAX_TEXT);
        }
        return stripped;
    }
}
