package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.order.internal.OrderStore;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's list of parcels, searched and filtered in the database one page at a time: a shop with years of orders
 * never loads them all. The same access as {@link Orders#forStaff()}: a curator sees the parcels of its provinces'
 * groups, an administrator all; anyone else is refused.
 */
@Service
public class StaffOrders {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_WORDS = 100;

    /**
     * What to look for: {@code words} in the order number, the buyer's name or e-mail address or the group's name (any
     * of them, ignoring case); the parcel's state; the days (in Jakarta, both included) on which the order was placed.
     * Null or blank means "any".
     */
    public record Filter(String words, FulfilmentStatus status, LocalDate placedFrom, LocalDate placedTo) {

        public static final Filter NONE = new Filter(null, null, null, null);

        public Filter {
            words = words == null || words.isBlank() ? null : words.strip();
            if (words != null && words.length() > MAX_WORDS) {
                throw new IllegalArgumentException("search words longer than " + MAX_WORDS);
            }
            if (placedFrom != null && placedTo != null && placedFrom.isAfter(placedTo)) {
                throw new IllegalArgumentException("date range ends before it starts");
            }
        }
    }

    /** One page of parcels, newest order first; {@code hasNext} says whether a further page holds any. */
    public record Page(List<FulfilmentRow> rows, int number, int size, boolean hasNext) {

        public Page {
            rows = List.copyOf(rows);
        }
    }

    private final OrderStore store;

    StaffOrders(OrderStore store) {
        this.store = store;
    }

    /** Page {@code number} (from 1) of at most {@code size} parcels matching the filter that the caller may see. */
    @Transactional(readOnly = true)
    public Page find(Filter filter, int number, int size) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "orders of provinces");
        if (number < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + number + " of size " + size);
        }
        if (!caller.isAdmin() && caller.provinces().isEmpty()) {
            return new Page(List.of(), number, size, false);
        }
        StringBuilder where = new StringBuilder("o.status <> 'EXPIRED'");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!caller.isAdmin()) {
            where.append(" AND f.province_code IN (:provinces)");
            params.put("provinces", List.copyOf(caller.provinces()));
        }
        if (filter.words() != null) {
            where.append(" AND (LOWER(o.number) LIKE :words ESCAPE '!' OR LOWER(o.buyer_name) LIKE :words ESCAPE '!'"
                    + " OR LOWER(o.buyer_email) LIKE :words ESCAPE '!' OR LOWER(f.group_name) LIKE :words ESCAPE '!')");
            params.put("words", "%" + likeEscaped(filter.words().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.status() != null) {
            where.append(" AND f.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.placedFrom() != null) {
            where.append(" AND o.created_at >= :from");
            params.put("from", Timestamp.from(filter.placedFrom().atStartOfDay(ShopTime.ZONE).toInstant()));
        }
        if (filter.placedTo() != null) {
            where.append(" AND o.created_at < :to");
            params.put("to", Timestamp.from(filter.placedTo().plusDays(1).atStartOfDay(ShopTime.ZONE).toInstant()));
        }
        params.put("limit", size + 1);
        params.put("offset", (long) (number - 1) * size);
        List<FulfilmentRow> rows = new ArrayList<>(store.jdbc().sql("SELECT f.id, o.number, o.created_at, f.group_id, f.group_name, "
                        + "f.province_code, f.status, f.items_total, f.shipping, o.buyer_name, o.regency, f.courier, f.tracking_number "
                        + "FROM fulfilment f JOIN customer_order o ON o.id = f.order_id WHERE " + where
                        + " ORDER BY o.created_at DESC, f.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> new FulfilmentRow(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getLong(4),
                        rs.getString(5), rs.getString(6), FulfilmentStatus.valueOf(rs.getString(7)), Money.rupiah(rs.getLong(8)),
                        Money.rupiah(rs.getLong(9)), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)))
                .list());
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, number, size, hasNext);
    }

    /** Typed "%" and "_" are looked for as themselves, not as wildcards. */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
