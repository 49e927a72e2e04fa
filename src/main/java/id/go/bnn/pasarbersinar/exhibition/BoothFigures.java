package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.exhibition.internal.BoothSaleStore;
import id.go.bnn.pasarbersinar.shared.MonthBoundaries;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booth sales as sums for reports, like the order module's {@code SalesFigures}: at most one row per month (an index
 * into the given boundaries, by the time the phone recorded the sale) and group, never a sale or a buyer. Only sales
 * RECORDED count; a sale flagged SHORT took no stock and is not in the ledger. {@code groups} {@code null} means every
 * group; an empty set, none. The reporting service that calls this checks who may see the figures.
 */
@Service
@Transactional(readOnly = true)
public class BoothFigures {

    /** A month and group: the number of sales, their totals, the commission they owe and the pieces sold. */
    public record Sales(int month, long group, long sales, long total, long commission, long quantity) {

        /** What the group earned: the totals less the commission. */
        public long income() {
            return total - commission;
        }
    }

    private final BoothSaleStore store;

    BoothFigures(BoothSaleStore store) {
        this.store = store;
    }

    public List<Sales> sales(MonthBoundaries months, Set<Long> groups) {
        return groups != null && groups.isEmpty() ? List.of() : store.monthly(months, groups);
    }
}
