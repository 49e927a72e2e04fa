package id.go.bnn.pasarbersinar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dashboard's address: what is written is read back, and what cannot be read falls back with a message. */
class ReportFilterTest {

    // 2026-11-30 20:00 UTC is already December in Jakarta.
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZoneOffset.UTC);
    static final Set<String> PROVINCES = Set.of("53", "36");
    static final Set<String> PROGRAMMES = Set.of("KAWASAN_RAWAN");

    static ReportFilter.Parsed parse(Map<String, String> parameters) {
        return ReportFilter.parse(parameters.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
                PROVINCES, PROGRAMMES, CLOCK);
    }

    @Test
    void a_filter_survives_the_address() {
        ReportFilter filter = new ReportFilter(YearMonth.of(2025, 4), YearMonth.of(2026, 3), "53", "KAWASAN_RAWAN", 42L);
        ReportFilter.Parsed parsed = ReportFilter.parse(filter.toParameters(), PROVINCES, PROGRAMMES, CLOCK);
        assertThat(parsed.filter()).isEqualTo(filter);
        assertThat(parsed.problems()).isEmpty();
        assertThat(filter.toParameters()).containsEntry("dari", List.of("2025-04")).containsEntry("kelompok", List.of("42"));
    }

    @Test
    void without_parameters_the_last_twelve_months_of_jakarta_are_shown() {
        ReportFilter.Parsed parsed = parse(Map.of());
        assertThat(parsed.filter()).isEqualTo(new ReportFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 12), null, null, null));
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void bad_parameters_fall_back_with_a_message_and_keep_the_rest() {
        ReportFilter.Parsed parsed = parse(Map.of("dari", "2026-13", "sampai", "2026-06", "provinsi", "99", "program", "<b>x</b>",
                "kelompok", "satu"));
        assertThat(parsed.filter()).isEqualTo(new ReportFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 6), null, null, null));
        assertThat(parsed.problems()).containsExactly("reporting.filter.error.month", "reporting.filter.error.province",
                "reporting.filter.error.programme", "reporting.filter.error.group");

        assertThat(parse(Map.of("dari", "2026-06", "sampai", "2026-01")).problems()).containsExactly("reporting.filter.error.reversed");
        ReportFilter.Parsed tooLong = parse(Map.of("dari", "2020-01", "sampai", "2026-06", "provinsi", "36"));
        assertThat(tooLong.problems()).containsExactly("reporting.filter.error.too-long");
        assertThat(tooLong.filter()).isEqualTo(new ReportFilter(YearMonth.of(2023, 7), YearMonth.of(2026, 6), "36", null, null));
        assertThatThrownBy(() -> new ReportFilter(YearMonth.of(2026, 6), YearMonth.of(2026, 1), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_previous_period_has_the_same_length() {
        ReportFilter filter = new ReportFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 3), "53", null, null);
        assertThat(filter.previous()).isEqualTo(new ReportFilter(YearMonth.of(2025, 10), YearMonth.of(2025, 12), "53", null, null));
    }

    @Test
    void changes_give_the_difference_and_the_percentage() {
        KeyFigures before = new KeyFigures(Money.rupiah(800_000), Money.ZERO, 4, 10, 2, 10, Money.rupiah(600_000), Money.ZERO, Money.ZERO, 4, 100);
        KeyFigures now = new KeyFigures(Money.rupiah(1_000_000), Money.ZERO, 5, 12, 3, 12, Money.rupiah(700_000), Money.ZERO, Money.ZERO, 2, 40);
        Dashboard dashboard = new Dashboard(new ReportFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 1), null, null, null), null, now, before,
                List.of());
        assertThat(dashboard.change(Figure.SALES)).isEqualTo(new Dashboard.Change(1_000_000L, 800_000L, 200_000L, 25.0));
        assertThat(dashboard.change(Figure.HOURS_TO_SHIP)).isEqualTo(new Dashboard.Change(20.0, 25.0, -5.0, -20.0));
        // 700.000 / 3 groups = 233.333,33…; 600.000 / 2 = 300.000.
        assertThat(dashboard.change(Figure.INCOME_PER_GROUP)).isEqualTo(new Dashboard.Change(233_333L, 300_000L, -66_667L, -22.2));
        assertThat(now.incomePerParticipant()).isEqualTo(Money.rupiah(58_333));
        assertThat(KeyFigures.NONE.averageHoursToShip()).isNull();
        assertThat(ReportTable.format(Figure.SALES, 1_250_000L)).isEqualTo("Rp 1.250.000");
        assertThat(ReportTable.format(Figure.HOURS_TO_SHIP, 26.5)).isEqualTo("26,5");
    }
}
