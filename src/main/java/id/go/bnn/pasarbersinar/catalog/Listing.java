package id.go.bnn.pasarbersinar.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One listing as its group and its curators see it: the live version, the revision waiting for review (if any),
 * the curator's last words and the review history.
 *
 * @param live the listing as it is now (public when APPROVED)
 * @param revision the edit of an approved listing that waits for review; null when there is none
 * @param revisionState PENDING (in the queue) or CHANGES_REQUESTED (sent back); null without a revision
 * @param reviewNote the curator's reason for the last request of changes, for the listing or its revision
 * @param preparedByOfficer a curator prepared this draft; a member must confirm it by submitting it
 */
public record Listing(ProductId id, long groupId, String groupName, String provinceCode, String slug, ListingStatus status,
        ListingEdit live, ListingEdit revision, String revisionState, String reviewNote, boolean preparedByOfficer,
        Instant submittedAt, List<HistoryEntry> history) {

    /** One step of the review history: who (role and e-mail), what, when and why. */
    public record HistoryEntry(String action, String actorRole, String actorEmail, String reason, Instant at) {
    }

    /** What the editor shows: the revision when one waits, else the live listing. */
    public ListingEdit working() {
        return revision != null ? revision : live;
    }

    public boolean hasPendingRevision() {
        return revision != null && "PENDING".equals(revisionState);
    }
}
