package id.go.bnn.pasarbersinar.exhibition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A booth's day closed: the cash counted against the cash sales recorded that day ({@code difference} = counted −
 * expected, negative when cash is missing), with a note; confirmed once a second person checked it (four eyes).
 */
public record BoothDayClose(long exhibitionId, long groupId, LocalDate day, long expectedCash, long countedCash, String note,
        long countedBy, Instant countedAt, Long confirmedBy, Instant confirmedAt) {

    public long difference() {
        return countedCash - expectedCash;
    }

    public boolean confirmed() {
        return confirmedBy != null;
    }
}
