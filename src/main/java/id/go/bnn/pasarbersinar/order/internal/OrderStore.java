package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.Countries;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.order.OrderStatus;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The order tables, read and written with plain SQL; every state change is a conditional update (no lost update). */
@Component
public class OrderStore {

    /** An order's head row: what every decision about it starts from. */
    public record Head(long id, String number, Long accountId, OrderStatus status, String email, Money total, Instant reservedUntil) {
    }

    /** A fulfilment's row with its order. */
    public record FulfilmentRef(long id, long orderId, String orderNumber, Long accountId, long groupId, String provinceCode,
            FulfilmentStatus status, Money items, Money shipping, Money refunded) {
    }

    /** Who ordered and where the parcels go, as the checkout form gave it. */
    public record Buyer(String name, String email, String phone, String provinceCode, String regency, String district,
            String postalCode, String street, String notes, String countryCode) {

        /** A buyer in Indonesia. */
        public Buyer(String name, String email, String phone, String provinceCode, String regency, String district, String postalCode,
                String street, String notes) {
            this(name, email, phone, provinceCode, regency, district, postalCode, street, notes, Countries.INDONESIA);
        }
    }

    /**
     * Where an order was placed: online by the buyer, or at an exhibition's booth by a seller on the buyer's behalf
     * ({@code placedBy} is the seller's account).
     */
    public record Origin(String channel, Long exhibitionId, Long placedBy, String requestKey) {

        public static final Origin ONLINE = new Origin("ONLINE", null, null, null);

        /** {@code requestKey}: the id the booth page made for this order (null: none); a second order with it is refused. */
        public static Origin booth(long exhibitionId, long sellerAccountId, String requestKey) {
            return new Origin("BOOTH", exhibitionId, sellerAccountId, requestKey);
        }
    }

    private final JdbcClient jdbc;
    private final Regions regions;

    OrderStore(JdbcClient jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** Writes a new order waiting for payment; answers its id. A number taken already throws DuplicateKeyException. */
    public long insertOrder(String number, Long accountId, Buyer buyer, Money itemsTotal, Money shippingTotal, Money total,
            PaymentMethod method, Instant createdAt, Instant reservedUntil, Origin origin) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO customer_order (number, account_id, status, buyer_name, buyer_email, buyer_phone, province_code, "
                        + "regency, district, postal_code, street, notes, items_total, shipping_total, total, payment_method, created_at, "
                        + "reserved_until, country_code, channel, exhibition_id, placed_by, request_key) "
                        + "VALUES (?, ?, 'AWAITING_PAYMENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(number, accountId, buyer.name(), buyer.email(), buyer.phone(), buyer.provinceCode(), buyer.regency(),
                        buyer.district(), buyer.postalCode(), buyer.street(), buyer.notes(), itemsTotal.rupiah(),
                        shippingTotal.rupiah(), total.rupiah(), method == null ? null : method.name(), Timestamp.from(createdAt),
                        Timestamp.from(reservedUntil), buyer.countryCode(), origin.channel(), origin.exhibitionId(), origin.placedBy(),
                        origin.requestKey())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Writes one group's parcel of a new order, waiting for payment; answers its id. */
    public long insertFulfilment(long orderId, long groupId, String provinceCode, String programmeCode, String groupName, Money itemsTotal,
            Money shipping, int weightGrams) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO fulfilment (order_id, group_id, province_code, programme_code, group_name, status, items_total, "
                        + "shipping, weight_grams) VALUES (?, ?, ?, ?, ?, 'AWAITING_PAYMENT', ?, ?, ?)")
                .params(orderId, groupId, provinceCode, programmeCode, groupName, itemsTotal.rupiah(), shipping.rupiah(), weightGrams)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Writes a line of a new parcel, named as it was sold in both languages. */
    public void insertLine(long fulfilmentId, long productId, long variantId, String categoryCode, LocalizedText title, int quantity,
            Money unitPrice) {
        jdbc.sql("INSERT INTO order_line (fulfilment_id, product_id, variant_id, category_code, title, title_en, quantity, "
                        + "unit_price) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(fulfilmentId, productId, variantId, categoryCode, title.id(), title.en(), quantity, unitPrice.rupiah())
                .update();
    }

    /** The order placed for this request key (the booth page's id of an order taken on a buyer's behalf). */
    public Optional<String> numberByRequestKey(String requestKey) {
        return jdbc.sql("SELECT number FROM customer_order WHERE request_key = ?").param(requestKey).query(String.class).optional();
    }

    /** The provider's checkout session of the order, once its payment page is open. */
    public void recordPaymentSession(String number, String sessionId) {
        jdbc.sql("UPDATE customer_order SET payment_session = ? WHERE number = ?").params(sessionId, number).update();
    }

    /** The secret the order links are signed with, once a node made one. */
    Optional<String> linkSecret() {
        return jdbc.sql("SELECT secret FROM order_secret WHERE name = 'link'").query(String.class).optional();
    }

    /** Keeps a new link secret; DuplicateKeyException when another node kept its own first. */
    void insertLinkSecret(String hex) {
        jdbc.sql("INSERT INTO order_secret (name, secret) VALUES ('link', ?)").param(hex).update();
    }

    public Optional<Head> head(String number) {
        return jdbc.sql("SELECT id, number, account_id, status, buyer_email, total, reserved_until FROM customer_order WHERE number = ?")
                .param(number)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        OrderStatus.valueOf(rs.getString(4)), rs.getString(5), Money.rupiah(rs.getLong(6)), rs.getTimestamp(7).toInstant()))
                .optional();
    }

    public Optional<FulfilmentRef> fulfilment(long id) {
        return jdbc.sql("SELECT f.id, o.id, o.number, o.account_id, f.group_id, f.province_code, f.status, f.items_total, f.shipping, "
                        + "f.refunded FROM fulfilment f JOIN customer_order o ON o.id = f.order_id WHERE f.id = ?")
                .param(id)
                .query(OrderStore::fulfilmentRef)
                .optional();
    }

    /**
     * The parcel's row, locked until the transaction ends: refunds and cancels of one parcel take their turn, so each
     * decides on what the one before it claimed (and no two of them lock lines and parcel in opposite orders).
     */
    public Optional<FulfilmentRef> lockFulfilment(long id) {
        if (jdbc.sql("SELECT id FROM fulfilment WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional().isEmpty()) {
            return Optional.empty();
        }
        return fulfilment(id);
    }

    public List<FulfilmentRef> fulfilments(long orderId) {
        return jdbc.sql("SELECT f.id, o.id, o.number, o.account_id, f.group_id, f.province_code, f.status, f.items_total, f.shipping, "
                        + "f.refunded FROM fulfilment f JOIN customer_order o ON o.id = f.order_id WHERE o.id = ? ORDER BY f.id")
                .param(orderId)
                .query(OrderStore::fulfilmentRef)
                .list();
    }

    private static FulfilmentRef fulfilmentRef(ResultSet rs, int row) throws SQLException {
        return new FulfilmentRef(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4, Long.class), rs.getLong(5),
                rs.getString(6), FulfilmentStatus.valueOf(rs.getString(7)), Money.rupiah(rs.getLong(8)), Money.rupiah(rs.getLong(9)),
                Money.rupiah(rs.getLong(10)));
    }

    /** Moves an order from one state to another; false when it was not in {@code from} (someone else was first). */
    public boolean moveOrder(long orderId, OrderStatus from, OrderStatus to, Instant at) {
        String stamp = to == OrderStatus.PAID ? ", paid_at = ?" : ", closed_at = ?";
        return jdbc.sql("UPDATE customer_order SET status = ?" + stamp + " WHERE id = ? AND status = ?")
                .params(to.name(), Timestamp.from(at), orderId, from.name()).update() == 1;
    }

    /** Moves a parcel if its state allows it; false when it had moved already (a second click, a second node). */
    public boolean moveFulfilment(long fulfilmentId, FulfilmentStatus from, FulfilmentStatus to) {
        if (!from.canMoveTo(to)) {
            return false;
        }
        return jdbc.sql("UPDATE fulfilment SET status = ?, version = version + 1 WHERE id = ? AND status = ?")
                .params(to.name(), fulfilmentId, from.name()).update() == 1;
    }

    /** Records who carries the parcel, with which tracking number, since when. */
    public void recordShipment(long fulfilmentId, String courier, String trackingNumber, Instant at) {
        jdbc.sql("UPDATE fulfilment SET courier = ?, tracking_number = ?, shipped_at = ? WHERE id = ?")
                .params(courier, trackingNumber, Timestamp.from(at), fulfilmentId).update();
    }

    public void recordDelivery(long fulfilmentId, Instant at) {
        jdbc.sql("UPDATE fulfilment SET delivered_at = ? WHERE id = ?").params(Timestamp.from(at), fulfilmentId).update();
    }

    /** A late payment took the stock again: the parcels the expiry cancelled wait for their payment once more. */
    void reopenCancelledFulfilments(long orderId) {
        jdbc.sql("UPDATE fulfilment SET status = 'AWAITING_PAYMENT' WHERE order_id = ? AND status = 'CANCELLED'").param(orderId).update();
    }

    /** The programme the parcel's group sold it under. */
    String programmeCode(long fulfilmentId) {
        return jdbc.sql("SELECT programme_code FROM fulfilment WHERE id = ?").param(fulfilmentId).query(String.class).single();
    }

    /** Numbers of unpaid orders whose reservation ran out before {@code now}, the longest overdue first (at most 500). */
    List<String> unpaidReservedUntil(Instant now) {
        return jdbc.sql("SELECT number FROM customer_order WHERE status = 'AWAITING_PAYMENT' AND reserved_until < ? "
                        + "ORDER BY reserved_until LIMIT 500")
                .param(Timestamp.from(now))
                .query(String.class).list();
    }

    /** Ids of parcels still shipped (not delivered) that were shipped before {@code before}, oldest first (at most 500). */
    List<Long> shippedBefore(Instant before) {
        return jdbc.sql("SELECT id FROM fulfilment WHERE status = 'SHIPPED' AND shipped_at < ? ORDER BY shipped_at LIMIT 500")
                .param(Timestamp.from(before)).query(Long.class).list();
    }

    /** Variant and quantity of each line still sold (not refunded) in the order's parcels, or in one parcel. */
    public record LineQuantity(long lineId, long productId, long variantId, String categoryCode, int quantity, Money unitPrice,
            long fulfilmentId) {
    }

    public List<LineQuantity> linesOfOrder(long orderId) {
        return jdbc.sql("SELECT l.id, l.product_id, l.variant_id, l.category_code, l.quantity - l.refunded_quantity, l.unit_price, "
                        + "l.fulfilment_id FROM order_line l JOIN fulfilment f ON f.id = l.fulfilment_id WHERE f.order_id = ? "
                        + "ORDER BY l.variant_id, l.id")
                .param(orderId)
                .query(OrderStore::lineQuantity)
                .list();
    }

    public List<LineQuantity> linesOfFulfilment(long fulfilmentId) {
        return jdbc.sql("SELECT l.id, l.product_id, l.variant_id, l.category_code, l.quantity - l.refunded_quantity, l.unit_price, "
                        + "l.fulfilment_id FROM order_line l WHERE l.fulfilment_id = ? ORDER BY l.id")
                .param(fulfilmentId)
                .query(OrderStore::lineQuantity)
                .list();
    }

    /** What each line of the order was sold as (both languages, as ordered), by line id. */
    public Map<Long, LocalizedText> lineTitles(long orderId) {
        Map<Long, LocalizedText> titles = new HashMap<>();
        jdbc.sql("SELECT l.id, l.title, l.title_en FROM order_line l JOIN fulfilment f ON f.id = l.fulfilment_id WHERE f.order_id = ?")
                .param(orderId)
                .query((rs, row) -> titles.put(rs.getLong(1), new LocalizedText(rs.getString(2), rs.getString(3))))
                .list();
        return titles;
    }

    private static LineQuantity lineQuantity(ResultSet rs, int row) throws SQLException {
        return new LineQuantity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                Money.rupiah(rs.getLong(6)), rs.getLong(7));
    }

    /** The whole order, every parcel; callers filter what the person may see. */
    public Optional<OrderDetails> details(String number) {
        record Row(long id, OrderDetails details) {
        }
        Optional<Row> head = jdbc.sql("SELECT id, number, status, created_at, reserved_until, paid_at, buyer_name, buyer_email, buyer_phone, "
                        + "street, district, regency, province_code, postal_code, notes, items_total, shipping_total, total, "
                        + "payment_method, country_code FROM customer_order WHERE number = ?")
                .param(number)
                .query((rs, r) -> new Row(rs.getLong(1), new OrderDetails(rs.getString(2), OrderStatus.valueOf(rs.getString(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                        new OrderDetails.Contact(rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                                rs.getString(12), rs.getString(13), rs.getString(13) == null ? "" : regions.provinceName(rs.getString(13)),
                                rs.getString(14), rs.getString(15), rs.getString(20)),
                        Money.rupiah(rs.getLong(16)), Money.rupiah(rs.getLong(17)), Money.rupiah(rs.getLong(18)), List.of(), false,
                        method(rs.getString(19)))))
                .optional();
        return head.map(row -> {
            List<OrderDetails.Parcel> parcels = jdbc.sql("SELECT id, group_id, group_name, province_code, status, items_total, shipping, "
                            + "refunded, courier, tracking_number, shipped_at, delivered_at, shipping_refunded, "
                            + "(SELECT COALESCE(SUM(r.items + r.shipping), 0) FROM order_refund r WHERE r.fulfilment_id = fulfilment.id "
                            + "AND r.status = 'REQUESTED') FROM fulfilment WHERE order_id = ? ORDER BY id")
                    .param(row.id())
                    .query((rs, r) -> new OrderDetails.Parcel(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            FulfilmentStatus.valueOf(rs.getString(5)), Money.rupiah(rs.getLong(6)), Money.rupiah(rs.getLong(7)),
                            Money.rupiah(rs.getLong(8)), rs.getString(9), rs.getString(10), instant(rs.getTimestamp(11)),
                            instant(rs.getTimestamp(12)), lines(rs.getLong(1)), rs.getBoolean(13), Money.rupiah(rs.getLong(14))))
                    .list();
            OrderDetails d = row.details();
            return new OrderDetails(d.number(), d.status(), d.createdAt(), d.reservedUntil(), d.paidAt(), d.contact(), d.itemsTotal(),
                    d.shippingTotal(), d.total(), parcels, false, d.paymentMethod());
        });
    }

    private List<OrderDetails.Line> lines(long fulfilmentId) {
        return jdbc.sql("SELECT id, product_id, variant_id, title, title_en, quantity, refunded_quantity, unit_price FROM order_line "
                        + "WHERE fulfilment_id = ? ORDER BY id")
                .param(fulfilmentId)
                .query((rs, r) -> new OrderDetails.Line(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        new LocalizedText(rs.getString(4), rs.getString(5)), rs.getInt(6), rs.getInt(7), Money.rupiah(rs.getLong(8))))
                .list();
    }

    /** A method kept by name; one this version no longer knows reads as none (the provider's page decided). */
    private static PaymentMethod method(String name) {
        if (name == null) {
            return null;
        }
        try {
            return PaymentMethod.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
