package id.go.bnn.pasarbersinar.payout;

import java.time.LocalDate;

/**
 * One row of a group's statement. {@code amount} is what the row changed in the group's balance (pending + available):
 * for an order line its price minus the commission (at {@code rateBasisPoints}, the rate in force when it was paid), for
 * shipping the shipping, for a refund or a payout a negative amount.
 */
public record StatementRow(LocalDate date, Kind kind, String reference, long productId, String categoryCode, int quantity, long price,
        Integer rateBasisPoints, long commission, long shipping, long amount) {

    public enum Kind { ORDER_LINE, SHIPPING, REFUND, PAYOUT, PAYOUT_REVERSED }

    public String ratePercent() {
        return rateBasisPoints == null ? "" : new CommissionRate(rateBasisPoints).percent();
    }
}
