package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.order.internal.OrderListQueries;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's list of parcels, searched and filtered in the database one page at a time: a shop with years of orders
 * never loads them all. A curator sees the parcels of its provinces' groups, an administrator all; anyone else is
 * refused.
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

    private final OrderListQueries queries;

    StaffOrders(OrderListQueries queries) {
        this.queries = queries;
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
        Instant from = filter.placedFrom() == null ? null : filter.placedFrom().atStartOfDay(ShopTime.ZONE).toInstant();
        Instant to = filter.placedTo() == null ? null : filter.placedTo().plusDays(1).atStartOfDay(ShopTime.ZONE).toInstant();
        OrderListQueries.StaffSearch search = new OrderListQueries.StaffSearch(caller.isAdmin() ? null : List.copyOf(caller.provinces()),
                filter.words(), filter.status(), from, to);
        List<FulfilmentRow> rows = queries.staffPage(search, size + 1, (long) (number - 1) * size);
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, number, size, hasNext);
    }
}
