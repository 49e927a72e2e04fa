package id.go.bnn.pasarbersinar.exhibition;

import java.time.LocalDate;

/** What staff type for an exhibition: its name, place, organising province, days and commission on booth sales. */
public record ExhibitionPlan(String name, String place, String provinceCode, LocalDate startsOn, LocalDate endsOn, int commissionBps) {
}
