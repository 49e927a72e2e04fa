package id.go.bnn.pasarbersinar.order;

import java.time.Instant;

/** A return moved: asked for, answered, shipped back, escalated or decided. Its mails follow from it. */
public record ReturnChanged(long returnId, ReturnStatus status, Instant at) {
}
