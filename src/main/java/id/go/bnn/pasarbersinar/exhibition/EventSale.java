package id.go.bnn.pasarbersinar.exhibition;

import java.time.Instant;
import java.util.List;

/**
 * A sale recorded at a booth of an event, as the event's report reads it: the group, how the buyer paid (with the QRIS
 * reference typed), the total, the commission it owes (the amount the ledger booked) and the lines with the name each
 * item was sold as. Sales flagged SHORT are never among them: they took no stock and are not in the ledger.
 */
public record EventSale(long groupId, BoothPayment payment, String paymentReference, long total, long commission, Instant soldAt,
        List<Line> lines) {

    public EventSale {
        lines = List.copyOf(lines);
    }

    public record Line(long productId, String title, int quantity, long unitPrice) {
    }

    public long pieces() {
        return lines.stream().mapToLong(Line::quantity).sum();
    }
}
