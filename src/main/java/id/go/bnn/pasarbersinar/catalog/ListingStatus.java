package id.go.bnn.pasarbersinar.catalog;

/** A listing's life: only APPROVED listings are public. */
public enum ListingStatus {
    DRAFT, SUBMITTED, APPROVED, CHANGES_REQUESTED, ARCHIVED
}
