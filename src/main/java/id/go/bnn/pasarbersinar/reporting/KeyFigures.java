package id.go.bnn.pasarbersinar.reporting;

import id.go.bnn.pasarbersinar.shared.Money;

/**
 * The figures of one slice of a dashboard (a period, a month, a province, a programme or a group). See
 * {@code reporting.internal.ReportQueries} for how each is computed; the derived ones are computed here.
 *
 * @param sales items + shipping of fulfilments paid in the period (gross, before refunds)
 * @param refunds money returned to buyers by refunds settled in the period
 * @param orders distinct orders with a fulfilment paid in the period
 * @param itemsSold quantities of the paid fulfilments' lines
 * @param activeGroups groups with at least one fulfilment paid in the period
 * @param participants the participants (members) of the active groups
 * @param income the makers' income: items − commission credited in the period, less the items − commission back of
 *     the refunds booked in it; never the shipping, which only passes through to couriers
 * @param shipping the shipping passed through to couriers: credited with the parcels paid in the period, less the
 *     shipping refunded in it
 * @param payouts money confirmed paid out to the groups in the period
 * @param shippedParcels fulfilments shipped in the period
 * @param hoursToShipTotal the sum of their hours from payment to shipment (for the mean)
 */
public record KeyFigures(Money sales, Money refunds, long orders, long itemsSold, long activeGroups, long participants, Money income,
        Money shipping, Money payouts, long shippedParcels, double hoursToShipTotal) {

    public static final KeyFigures NONE = new KeyFigures(Money.ZERO, Money.ZERO, 0, 0, 0, 0, Money.ZERO, Money.ZERO, Money.ZERO, 0, 0);

    /** Income per active group, rounded half up to whole rupiah; zero without active groups. */
    public Money incomePerGroup() {
        return Money.rupiah(divide(income.rupiah(), activeGroups));
    }

    /** Income per participant earning, rounded half up to whole rupiah; zero without participants. */
    public Money incomePerParticipant() {
        return Money.rupiah(divide(income.rupiah(), participants));
    }

    /** Mean hours from payment to shipment, to one decimal; {@code null} when nothing was shipped. */
    public Double averageHoursToShip() {
        if (shippedParcels == 0) {
            return null;
        }
        return Math.round(hoursToShipTotal / shippedParcels * 10) / 10.0;
    }

    static long divide(long amount, long by) {
        if (by == 0) {
            return 0;
        }
        long quotient = Math.floorDiv(amount, by);
        long remainder = Math.floorMod(amount, by);
        return remainder * 2 >= by ? quotient + 1 : quotient;
    }
}
