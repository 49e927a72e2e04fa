package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.payout.internal.EarningsFigureQueries;
import id.go.bnn.pasarbersinar.shared.MonthBoundaries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's sums for reports and the public impact page, computed in the database: at most one row per month and
 * group, or per group, never entries. {@code groups} {@code null} means every group; an empty set, none. Read-only
 * aggregates: the reporting services that call this decide who sees what.
 *
 * <p>What the groups' accounts ({@code GROUP_PENDING}, {@code GROUP_AVAILABLE}) are credited and debited by payments
 * and refunds splits into the makers' income and the shipping that only passes through them to couriers. A paid:
 * posting credits {@code items} (items − commission) and {@code shipping} apart; a refund: posting debits one entry
 * (items − commission back + shipping) and books its shipping part apart on the platform's side
 * ({@code PLATFORM_REFUNDS}, memo {@code refund shipping}, the parcel's {@code fulfilment_id}), which the parcel gives to
 * its group. So income = items credits + refund debits + shipping refunded, and shipping to couriers = shipping credits
 * − shipping refunded; together they are the accounts' movements to the rupiah. (Refunds posted before the
 * {@code refund shipping} entry existed count their shipping as items.) A sale at an exhibition booth (a booth: posting)
 * credits {@code GROUP_AVAILABLE} total − commission, memo {@code booth sale}: the all-time earnings ({@link #earnedByGroup},
 * {@link #earnedBy}) count it as income and {@link #groupsPaidBetween} counts its group as reached; the monthly
 * {@link #ledger} leaves it out (the dashboards read booth sales per month from the exhibition module).
 */
@Service
@Transactional(readOnly = true)
public class EarningsFigures {

    /**
     * One month and group of the ledger, by booking time: the paid: credits of items (items − commission) and of
     * shipping, the refund: debits (negative, items − commission back + shipping), the shipping part of those debits
     * (positive) and the payouts credited to {@code GROUP_PAID_OUT}.
     */
    public record Ledger(int month, long group, long itemsCredited, long shippingCredited, long refundDebits, long shippingRefunded,
            long paidOut) {

        /** The makers' income: items − commission − (refunded items − commission back). */
        public long income() {
            return itemsCredited + refundDebits + shippingRefunded;
        }

        /** Shipping passed through to couriers: credited with the parcels less shipping refunded. */
        public long shippingToCouriers() {
            return shippingCredited - shippingRefunded;
        }
    }

    /** What a group earned through the shop and what passed through it to couriers. */
    public record Earned(long income, long shipping) {

        public static final Earned NOTHING = new Earned(0, 0);
    }

    private final EarningsFigureQueries queries;

    EarningsFigures(EarningsFigureQueries queries) {
        this.queries = queries;
    }

    public List<Ledger> ledger(MonthBoundaries months, Set<Long> groups) {
        return groups != null && groups.isEmpty() ? List.of() : queries.ledger(months, groups);
    }

    /** The payout-paid: postings to {@code GROUP_PAID_OUT} booked in [from, to). */
    public long paidToMakers(Instant from, Instant to) {
        return queries.paidToMakers(from, to);
    }

    /** Every group's income and shipping to couriers, all time (groups with ledger entries only). */
    public Map<Long, Earned> earnedByGroup() {
        return queries.earned(null);
    }

    public Earned earnedBy(long group) {
        return queries.earned(group).getOrDefault(group, Earned.NOTHING);
    }

    /** The groups with at least one parcel paid or one booth sale booked in [from, to), as the ledger knows them. */
    public Set<Long> groupsPaidBetween(Instant from, Instant to) {
        return queries.groupsPaidBetween(from, to);
    }

    /** Changes whenever the ledger does (its newest transaction): what a cache of these figures compares. */
    public long stamp() {
        return queries.stamp();
    }
}
