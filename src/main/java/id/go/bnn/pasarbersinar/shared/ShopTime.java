package id.go.bnn.pasarbersinar.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the shop writes a date and a time, in each language: "2 Des 2026" / "2 Dec 2026", and
 * "2 Des 2026, 23:23 WIB" / "2 Dec 2026, 23:23 WIB". Times are the shop's own (Asia/Jakarta), the zone named once.
 * Logs, where the order of events within a minute matters, add the seconds ("23:23:05 WIB"); months read "Des 2026".
 */
public final class ShopTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter DATE_ID = DateTimeFormatter.ofPattern("d MMM yyyy", LocalizedText.INDONESIAN);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", LocalizedText.ENGLISH);
    private static final DateTimeFormatter MONTH_ID = DateTimeFormatter.ofPattern("MMM yyyy", LocalizedText.INDONESIAN);
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMM yyyy", LocalizedText.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private ShopTime() {
    }

    /** "2 Des 2026" (Indonesian, also for any language the shop does not speak) or "2 Dec 2026". */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : (english(locale) ? DATE_EN : DATE_ID).format(date);
    }

    /** The day in Jakarta on which the instant fell. */
    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate(), locale);
    }

    /** A month: "Des 2026" / "Dec 2026". */
    public static String month(YearMonth month, Locale locale) {
        return month == null ? "" : (english(locale) ? MONTH_EN : MONTH_ID).format(month);
    }

    /** "2 Des 2026, 23:23 WIB". */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant, locale) + ", " + TIME.format(instant.atZone(ZONE)) + " WIB";
    }

    /** "2 Des 2026, 23:23:05 WIB", for logs. */
    public static String dateTimeWithSeconds(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant, locale) + ", " + TIME_SECONDS.format(instant.atZone(ZONE)) + " WIB";
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
