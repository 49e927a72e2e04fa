package id.go.bnn.pasarbersinar.review;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Instant;

/**
 * A line of a delivered parcel of the caller's order, with its review if written. {@code editableUntil}: when editing
 * ends (null before a review exists).
 */
public record ReviewableLine(long lineId, long productId, long groupId, String groupName, LocalizedText label, Review review,
        Instant editableUntil, boolean editable) {
}
