package id.go.bnn.pasarbersinar.catalog;

/** A listing's life: only APPROVED listings are public. */
public enum ListingStatus {
    DRAFT, SUBMITTED, APPROVED, CHANGES_REQUESTED, ARCHIVED;

    /** Whether a listing in this status may be sent to review: a draft, or one the curator sent back. */
    public boolean submittable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
