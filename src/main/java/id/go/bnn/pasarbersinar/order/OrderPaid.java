package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * The payment of an order was confirmed. One entry per producer group's parcel (fulfilment), with what the group
 * sold in it: the payout module credits each group from this. (The catalog's sales count
 * does not come from this event: the order module moves it with {@code Stock.countSales} in the transaction that records
 * the payment.)
 */
public record OrderPaid(String orderNumber, Instant paidAt, Money total, List<PaidFulfilment> fulfilments) {

    public OrderPaid {
        fulfilments = List.copyOf(fulfilments);
    }

    /** A group's parcel: its items' total and the shipping it charged, both whole rupiah. */
    public record PaidFulfilment(long fulfilmentId, long groupId, String provinceCode, String programmeCode, Money items,
            Money shipping, List<PaidLine> lines) {

        public PaidFulfilment {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line of a parcel at the price paid, with what it was sold as ({@code title}: the order line's, in both
     * languages; null in an event recorded before titles travelled with it), so no other module reads the catalog's
     * names later.
     */
    public record PaidLine(long productId, long variantId, String categoryCode, int quantity, Money unitPrice, LocalizedText title) {

        public Money total() {
            return unitPrice.times(quantity);
        }
    }
}
