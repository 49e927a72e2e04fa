package id.go.bnn.pasarbersinar.exhibition;

import java.time.Instant;
import java.util.List;

/**
 * A sale as the seller's phone made it: {@code saleKey} is the id the phone gave it (a UUID, so the same sale sent
 * twice is known), the lines with the unit price the seller saw, the payment and when the phone recorded it.
 * {@code cashReceived} is what the buyer handed over (cash only, for the change); {@code paymentReference} the QRIS
 * reference the seller typed.
 */
public record BoothSale(String saleKey, long exhibitionId, long groupId, List<Line> lines, BoothPayment payment,
        String paymentReference, Long cashReceived, Instant soldAt) {

    public BoothSale {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(long variantId, int quantity, long unitPrice) {
    }

    public long total() {
        long total = 0;
        for (Line line : lines) {
            total = Math.addExact(total, Math.multiplyExact(line.unitPrice(), (long) line.quantity()));
        }
        return total;
    }
}
