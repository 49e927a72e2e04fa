package id.go.bnn.pasarbersinar.review;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Instant;
import java.util.List;

/**
 * A review as the shop keeps it. {@code author}: the buyer's first name and initial ("Sari W."), all anyone but the
 * buyer sees; {@code variant}: what was bought as named when ordered; {@code photos}: hashes of stored pictures.
 * {@code queueReason}: LINK (held for a link or phone number) or REPORTED, while it waits for a curator.
 */
public record Review(long id, String orderNumber, long lineId, long productId, long groupId, String provinceCode, String author,
        LocalizedText variant, Instant boughtAt, int rating, String body, List<String> photos, ReviewStatus status, boolean inQueue,
        String queueReason, String reportNote, String answer, Instant answeredAt, Instant createdAt, Instant updatedAt) {

    public Review {
        photos = List.copyOf(photos);
    }

    public Review withPhotos(List<String> hashes) {
        return new Review(id, orderNumber, lineId, productId, groupId, provinceCode, author, variant, boughtAt, rating, body, hashes,
                status, inQueue, queueReason, reportNote, answer, answeredAt, createdAt, updatedAt);
    }

    public boolean answered() {
        return answer != null;
    }
}
