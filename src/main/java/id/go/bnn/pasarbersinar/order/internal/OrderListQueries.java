package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.FulfilmentRow;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderStatus;
import id.go.bnn.pasarbersinar.order.OrderSummary;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists people page through: a buyer's orders, a group's or a province's parcels, the staff's searched pages.
 * Only reads; who may see which list is decided by the services that call these.
 */
@Component
public class OrderListQueries {

    /**
     * What the staff look for: {@code provinces} null for every province; {@code words} in the order number, the buyer's
     * name or e-mail address or the group's name (ignoring case), null for any; {@code from} inclusive and {@code to}
     * exclusive, null for open.
     */
    public record StaffSearch(Collection<String> provinces, String words, FulfilmentStatus status, Instant from, Instant to) {
    }

    private static final String ROW_COLUMNS = "SELECT f.id, o.number, o.created_at, f.group_id, f.group_name, f.province_code, f.status, "
            + "f.items_total, f.shipping, o.buyer_name, o.regency, f.courier, f.tracking_number FROM fulfilment f "
            + "JOIN customer_order o ON o.id = f.order_id WHERE ";

    private final JdbcClient jdbc;

    OrderListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's orders, newest first, each with its parcels' states and what was bought. */
    public List<OrderSummary> ordersOf(long accountId) {
        Map<String, List<OrderSummary.Item>> items = new HashMap<>();
        jdbc.sql("SELECT o.number, l.title, l.title_en, l.quantity FROM customer_order o JOIN fulfilment f ON f.order_id = o.id "
                        + "JOIN order_line l ON l.fulfilment_id = f.id WHERE o.account_id = ? ORDER BY o.id, f.id, l.id")
                .param(accountId)
                .query(rs -> {
                    items.computeIfAbsent(rs.getString(1), number -> new ArrayList<>())
                            .add(new OrderSummary.Item(new LocalizedText(rs.getString(2), rs.getString(3)), rs.getInt(4)));
                });
        record Head(String number, Instant createdAt, OrderStatus status, Money total, List<FulfilmentStatus> parcels) {
            OrderSummary summary(Map<String, List<OrderSummary.Item>> items) {
                return new OrderSummary(number, createdAt, status, total, parcels, items.getOrDefault(number, List.of()));
            }
        }
        return jdbc.sql("SELECT o.number, o.created_at, o.status, o.total, f.status FROM customer_order o "
                        + "JOIN fulfilment f ON f.order_id = o.id WHERE o.account_id = ? ORDER BY o.created_at DESC, o.id DESC, f.id")
                .param(accountId)
                .query(rs -> {
                    List<OrderSummary> orders = new ArrayList<>();
                    Head head = null;
                    while (rs.next()) {
                        if (head == null || !rs.getString(1).equals(head.number())) {
                            if (head != null) {
                                orders.add(head.summary(items));
                            }
                            head = new Head(rs.getString(1), rs.getTimestamp(2).toInstant(), OrderStatus.valueOf(rs.getString(3)),
                                    Money.rupiah(rs.getLong(4)), new ArrayList<>());
                        }
                        head.parcels().add(FulfilmentStatus.valueOf(rs.getString(5)));
                    }
                    if (head != null) {
                        orders.add(head.summary(items));
                    }
                    return orders;
                });
    }

    /** The group's parcels, newest first (at most 500). */
    public List<FulfilmentRow> parcelsOfGroup(long groupId) {
        return rows("f.group_id = ?", groupId);
    }

    private List<FulfilmentRow> rows(String where, Object... params) {
        return jdbc.sql(ROW_COLUMNS + "o.status <> 'EXPIRED' AND " + where + " ORDER BY o.created_at DESC, f.id DESC LIMIT 500")
                .params(params)
                .query(OrderListQueries::row)
                .list();
    }

    /** The lines still to send of each parcel (refunded items taken off), by parcel id, in one query. */
    public Map<Long, List<OrderSummary.Item>> contents(Collection<Long> fulfilmentIds) {
        Map<Long, List<OrderSummary.Item>> contents = new HashMap<>();
        jdbc.sql("SELECT fulfilment_id, title, title_en, quantity - refunded_quantity FROM order_line "
                        + "WHERE fulfilment_id IN (:ids) AND quantity > refunded_quantity ORDER BY id")
                .param("ids", List.copyOf(fulfilmentIds))
                .query(rs -> {
                    contents.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new OrderSummary.Item(new LocalizedText(rs.getString(2), rs.getString(3)), rs.getInt(4)));
                });
        return contents;
    }

    /** Up to {@code limit} parcels matching the search from {@code offset} on, newest order first; expired orders never. */
    public List<FulfilmentRow> staffPage(StaffSearch search, int limit, long offset) {
        StringBuilder where = new StringBuilder("o.status <> 'EXPIRED'");
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.provinces() != null) {
            where.append(" AND f.province_code IN (:provinces)");
            params.put("provinces", List.copyOf(search.provinces()));
        }
        if (search.words() != null) {
            where.append(" AND (LOWER(o.number) LIKE :words ESCAPE '!' OR LOWER(o.buyer_name) LIKE :words ESCAPE '!'"
                    + " OR LOWER(o.buyer_email) LIKE :words ESCAPE '!' OR LOWER(f.group_name) LIKE :words ESCAPE '!')");
            params.put("words", "%" + likeEscaped(search.words().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.status() != null) {
            where.append(" AND f.status = :status");
            params.put("status", search.status().name());
        }
        if (search.from() != null) {
            where.append(" AND o.created_at >= :from");
            params.put("from", Timestamp.from(search.from()));
        }
        if (search.to() != null) {
            where.append(" AND o.created_at < :to");
            params.put("to", Timestamp.from(search.to()));
        }
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(ROW_COLUMNS + where + " ORDER BY o.created_at DESC, f.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query(OrderListQueries::row)
                .list();
    }

    /** Typed "%" and "_" are looked for as themselves, not as wildcards. */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static FulfilmentRow row(ResultSet rs, int row) throws SQLException {
        return new FulfilmentRow(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getLong(4), rs.getString(5),
                rs.getString(6), FulfilmentStatus.valueOf(rs.getString(7)), Money.rupiah(rs.getLong(8)), Money.rupiah(rs.getLong(9)),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }
}
