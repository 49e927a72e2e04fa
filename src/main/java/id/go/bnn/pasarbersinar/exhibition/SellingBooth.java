package id.go.bnn.pasarbersinar.exhibition;

import java.time.LocalDate;

/** A booth the signed-in person sells at: the open event and the group whose booth it is. */
public record SellingBooth(long exhibitionId, String exhibitionName, String place, LocalDate startsOn, LocalDate endsOn,
        long groupId, String groupName, String boothLabel) {
}
