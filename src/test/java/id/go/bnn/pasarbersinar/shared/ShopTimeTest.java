package id.go.bnn.pasarbersinar.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShopTimeTest {

    private static final Instant LATE_EVENING = Instant.parse("2026-12-02T16:23:05Z");

    @Test
    void writes_a_date_the_same_way_in_each_language() {
        assertThat(ShopTime.date(LocalDate.of(2026, 12, 2), LocalizedText.INDONESIAN)).isEqualTo("2 Des 2026");
        assertThat(ShopTime.date(LocalDate.of(2026, 12, 2), LocalizedText.ENGLISH)).isEqualTo("2 Dec 2026");
        assertThat(ShopTime.date(LocalDate.of(2026, 8, 17), LocalizedText.INDONESIAN)).isEqualTo("17 Agu 2026");
    }

    @Test
    void writes_a_time_in_jakarta_with_the_zone_named_once() {
        assertThat(ShopTime.dateTime(LATE_EVENING, LocalizedText.INDONESIAN)).isEqualTo("2 Des 2026, 23:23 WIB");
        assertThat(ShopTime.dateTime(LATE_EVENING, LocalizedText.ENGLISH)).isEqualTo("2 Dec 2026, 23:23 WIB");
        assertThat(ShopTime.dateTimeWithSeconds(LATE_EVENING, LocalizedText.ENGLISH)).isEqualTo("2 Dec 2026, 23:23:05 WIB");
    }

    @Test
    void the_day_is_the_day_in_jakarta() {
        assertThat(ShopTime.date(Instant.parse("2026-12-02T17:30:00Z"), LocalizedText.ENGLISH)).isEqualTo("3 Dec 2026");
    }

    @Test
    void an_unknown_language_reads_indonesian_and_nothing_reads_empty() {
        assertThat(ShopTime.date(LocalDate.of(2026, 12, 2), java.util.Locale.GERMAN)).isEqualTo("2 Des 2026");
        assertThat(ShopTime.dateTime(null, LocalizedText.ENGLISH)).isEmpty();
    }
}
