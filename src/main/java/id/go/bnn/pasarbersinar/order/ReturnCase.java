package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * A return request as its parties see it: the parcel, the lines asked back, the buyer's reason and photos, the
 * group's answer and the curator's decision. {@code escalatable} is whether the buyer may take it to the curator now;
 * {@code returnPostage} is what the buyer says the return shipping cost (null until stated), {@code refundPostage} the
 * part of {@code refundAmount} that paid it back, and {@code postageMax} the most postage this return may refund.
 */
public record ReturnCase(long id, String orderNumber, long fulfilmentId, long groupId, String groupName, String provinceCode,
        ReturnReason reason, String description, List<String> photos, List<Line> lines, ReturnStatus status, Instant requestedAt,
        String declineReason, String returnTracking, String decisionNote, Money refundAmount, boolean platformCost,
        boolean escalatable, Money returnPostage, Money refundPostage, Money postageMax) {

    public ReturnCase {
        photos = List.copyOf(photos);
        lines = List.copyOf(lines);
    }

    /** A line asked back: how many, at what price. */
    public record Line(long lineId, LocalizedText label, int quantity, Money unitPrice) {

        public Money total() {
            return unitPrice.times(quantity);
        }
    }

    /** The return postage refunded on receipt: what the buyer paid when the reason is the group's fault, else nothing. */
    public Money postageOnReceipt() {
        return reason.groupPaysShipping() && returnPostage != null ? returnPostage : Money.ZERO;
    }

    /** What the lines asked back are worth: the most any refund of this return may be for the items. */
    public Money value() {
        Money sum = Money.ZERO;
        for (Line line : lines) {
            sum = sum.plus(line.total());
        }
        return sum;
    }
}
