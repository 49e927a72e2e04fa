package id.go.bnn.pasarbersinar.exhibition;

import java.time.Instant;
import java.util.List;

/** A booth sale as received: its status is RECORDED or SHORT (flagged: the stock could not cover it). */
public record RecordedBoothSale(String saleKey, long exhibitionId, long groupId, long sellerId, BoothPayment payment,
        String paymentReference, long total, Long cashReceived, String status, Instant soldAt, String receiptToken, List<Line> lines) {

    public record Line(long variantId, String title, int quantity, long unitPrice) {
    }

    public boolean isShort() {
        return "SHORT".equals(status);
    }
}
