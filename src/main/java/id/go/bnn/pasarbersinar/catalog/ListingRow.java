package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Instant;

/** A listing in a group's list or a review queue. {@code revisionState} is null without a waiting revision. */
public record ListingRow(ProductId id, long groupId, String provinceCode, LocalizedText title, ListingStatus status,
        String revisionState, String reviewNote, String coverImage, int totalStock, long price, boolean preparedByOfficer,
        Instant submittedAt, Instant updatedAt) {
}
