package id.go.bnn.pasarbersinar.catalog;

/** What saving a listing did: everything applied, or (for an approved listing) part of it sent to review. */
public enum SaveOutcome {
    /** Saved as it is (draft, submitted or sent back: not public yet). */
    SAVED,
    /** An approved listing's stock, weight or small price change: on sale at once. */
    APPLIED,
    /** An approved listing's texts, photos, category or large price change wait for review; the live version sells on. */
    SENT_FOR_REVIEW
}
