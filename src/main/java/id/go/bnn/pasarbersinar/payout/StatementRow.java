package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.shared.LocalizedText;

import java.time.LocalDate;

/**
 * One row of a group's statement. {@code amount} is what the row changed in the group's balance (pending + available):
 * for an order line its price minus the commission (at {@code rateBasisPoints}, the rate in force when it was paid), for
 * shipping the shipping, for a refund or a payout a negative amount. {@code title} is what the line was sold as, kept when
 * it was paid (null for other rows, or for a line paid before names were kept and whose product was gone by then), so
 * the group reads what it sold rather than a number.
 */
public record StatementRow(LocalDate date, Kind kind, String reference, long productId, String categoryCode, int quantity, long price,
        Integer rateBasisPoints, long commission, long shipping, long amount, LocalizedText title) {

    public enum Kind {
        ORDER_LINE("payout.statement.kind.order_line"), SHIPPING("payout.statement.kind.shipping"), REFUND("payout.statement.kind.refund"),
        PAYOUT("payout.statement.kind.payout"), PAYOUT_REVERSED("payout.statement.kind.payout_reversed"),
        BOOTH_SALE("payout.statement.kind.booth_sale");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public String ratePercent() {
        return rateBasisPoints == null ? "" : new CommissionRate(rateBasisPoints).percent();
    }
}
