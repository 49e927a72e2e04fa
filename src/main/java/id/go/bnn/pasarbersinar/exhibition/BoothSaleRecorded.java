package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * A booth sale took its items from the event's stock: the payout module credits the group like an online sale, less
 * the event's commission on booth sales ({@code commissionBps}, may be 0), and books money the group already holds
 * ({@link BoothPayment#heldByGroup()}) as held, so that the next payout does not pay it twice. Published once per sale.
 */
public record BoothSaleRecorded(long saleId, String saleKey, long exhibitionId, String exhibitionName, long groupId,
        BoothPayment payment, Money total, int commissionBps, Instant soldAt, List<Line> lines) {

    public BoothSaleRecorded {
        lines = List.copyOf(lines);
    }

    public record Line(long variantId, long productId, String title, int quantity, Money unitPrice) {
    }
}
