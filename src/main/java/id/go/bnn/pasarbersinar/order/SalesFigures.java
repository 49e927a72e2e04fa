package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.order.internal.SalesFigureQueries;
import id.go.bnn.pasarbersinar.shared.MonthBoundaries;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order module's sales as sums for reports: at most one row per month and group (the month an index into the
 * given boundaries), never orders or lines. {@code groups} {@code null} means every group; an empty set, none.
 * Read-only aggregates with no names or buyers in them: the reporting service that calls this checks who may see them.
 */
@Service
@Transactional(readOnly = true)
public class SalesFigures {

    /** Parcels paid in a month ({@code customer_order.paid_at}: all parcels of an order are paid together), gross. */
    public record Sales(int month, long group, long parcels, long items, long shipping, long quantity) {
    }

    /** Refunds that succeeded, in the month they were settled: items + shipping given back. */
    public record Refunds(int month, long group, long amount) {
    }

    /** Parcels shipped in a month, with the sum of seconds from payment to shipment. */
    public record Shipments(int month, long group, long parcels, long secondsToShip) {
    }

    /** A parcel of an order paid in the month that has parcels of more than one group. */
    public record SharedParcel(int month, long order, long group) {
    }

    private final SalesFigureQueries queries;

    SalesFigures(SalesFigureQueries queries) {
        this.queries = queries;
    }

    public List<Sales> sales(MonthBoundaries months, Set<Long> groups) {
        return groups != null && groups.isEmpty() ? List.of() : queries.sales(months, groups);
    }

    public List<Refunds> refunds(MonthBoundaries months, Set<Long> groups) {
        return groups != null && groups.isEmpty() ? List.of() : queries.refunds(months, groups);
    }

    public List<Shipments> shipments(MonthBoundaries months, Set<Long> groups) {
        return groups != null && groups.isEmpty() ? List.of() : queries.shipments(months, groups);
    }

    public List<SharedParcel> sharedParcels(MonthBoundaries months, Set<Long> groups) {
        return groups != null && groups.isEmpty() ? List.of() : queries.sharedParcels(months, groups);
    }
}
