package id.go.bnn.pasarbersinar.exhibition;

import java.time.Instant;
import java.util.List;

/**
 * A booth sale as received: its status is RECORDED or SHORT (flagged: it could not count, for the reason given; null
 * for a recorded sale).
 */
public record RecordedBoothSale(String saleKey, long exhibitionId, long groupId, long sellerId, BoothPayment payment,
        String paymentReference, long total, Long cashReceived, String status, ShortReason shortReason, Instant soldAt, String receiptToken, List<Line> lines) {

    public record Line(long variantId, String title, int quantity, long unitPrice) {
    }

    public boolean isShort() {
        return "SHORT".equals(status);
    }
}
