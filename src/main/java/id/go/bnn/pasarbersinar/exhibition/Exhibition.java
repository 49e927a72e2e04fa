package id.go.bnn.pasarbersinar.exhibition;

import java.time.LocalDate;

/**
 * An exhibition as views and the booth page see it. {@code commissionBps} is the commission on booth sales in basis
 * points (0 = none); {@code provinceCode} is the province whose staff organise it (null: administrators only).
 */
public record Exhibition(ExhibitionId id, String name, String place, String provinceCode, LocalDate startsOn,
        LocalDate endsOn, int commissionBps, ExhibitionStatus status) {

    /** Whether booths may sell on this day: the event is open and the day is one of its days. */
    public boolean sellsOn(LocalDate day) {
        return status == ExhibitionStatus.OPEN && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
