package id.go.bnn.pasarbersinar.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a staff dashboard shows: a period of whole months (Asia/Jakarta) and optionally one province, one programme, one
 * group and one sales channel ({@code null}: online and booth together). It travels in the address
 * ({@code ?dari=2026-01&sampai=2026-12&provinsi=53&program=…&kelompok=12&kanal=pameran}) so a view can be bookmarked and
 * mailed; {@link #parse} reads it back and says which parameters it had to ignore.
 */
public record ReportFilter(YearMonth from, YearMonth to, String province, String programme, Long group, Channel channel) {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** The longest period a dashboard covers: three years of months. */
    public static final int MAX_MONTHS = 36;

    public static final String FROM = "dari";
    public static final String TO = "sampai";
    public static final String PROVINCE = "provinsi";
    public static final String PROGRAMME = "program";
    public static final String GROUP = "kelompok";
    public static final String CHANNEL = "kanal";

    public ReportFilter {
        if (from == null || to == null || from.isAfter(to) || months(from, to) > MAX_MONTHS) {
            throw new IllegalArgumentException("A period of 1 to " + MAX_MONTHS + " months is required");
        }
        province = blankToNull(province);
        programme = blankToNull(programme);
    }

    /** Both channels. */
    public ReportFilter(YearMonth from, YearMonth to, String province, String programme, Long group) {
        this(from, to, province, programme, group, null);
    }

    /** The twelve months up to and including the current one in Jakarta. */
    public static ReportFilter lastTwelveMonths(Clock clock) {
        YearMonth now = YearMonth.now(clock.withZone(JAKARTA));
        return new ReportFilter(now.minusMonths(11), now, null, null, null);
    }

    public int months() {
        return months(from, to);
    }

    /** The period of the same length just before this one, with the same province, programme and group. */
    public ReportFilter previous() {
        int length = months();
        return new ReportFilter(from.minusMonths(length), from.minusMonths(1), province, programme, group, channel);
    }

    public List<YearMonth> monthList() {
        List<YearMonth> list = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            list.add(month);
        }
        return list;
    }

    public ReportFilter withProvince(String code) {
        return new ReportFilter(from, to, code, programme, group, channel);
    }

    public ReportFilter withChannel(Channel chosen) {
        return new ReportFilter(from, to, province, programme, group, chosen);
    }

    /** Whether the dashboard counts this channel. */
    public boolean counts(Channel which) {
        return channel == null || channel == which;
    }

    /** The address parameters of this view; {@link #parse} of them gives this filter back. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(FROM, List.of(from.toString()));
        parameters.put(TO, List.of(to.toString()));
        if (province != null) {
            parameters.put(PROVINCE, List.of(province));
        }
        if (programme != null) {
            parameters.put(PROGRAMME, List.of(programme));
        }
        if (group != null) {
            parameters.put(GROUP, List.of(group.toString()));
        }
        if (channel != null) {
            parameters.put(CHANNEL, List.of(channel.parameter()));
        }
        return parameters;
    }

    /** A filter read from the address, and the translation keys of what was wrong in it (those parts fell back). */
    public record Parsed(ReportFilter filter, List<String> problems) {
    }

    /**
     * Reads a filter from address parameters. A parameter that cannot be read, a province or programme that does not
     * exist, or a period that is reversed or too long is ignored with a message; the rest of the view stays.
     */
    public static Parsed parse(Map<String, List<String>> parameters, Set<String> provinces, Set<String> programmes, Clock clock) {
        ReportFilter fallback = lastTwelveMonths(clock);
        List<String> problems = new ArrayList<>();
        YearMonth from = month(first(parameters, FROM), fallback.from(), problems);
        YearMonth to = month(first(parameters, TO), fallback.to(), problems);
        if (from.isAfter(to)) {
            problems.add("reporting.filter.error.reversed");
            from = fallback.from();
            to = fallback.to();
        } else if (months(from, to) > MAX_MONTHS) {
            problems.add("reporting.filter.error.too-long");
            from = to.minusMonths(MAX_MONTHS - 1);
        }
        String province = blankToNull(first(parameters, PROVINCE));
        if (province != null && !provinces.contains(province)) {
            problems.add("reporting.filter.error.province");
            province = null;
        }
        String programme = blankToNull(first(parameters, PROGRAMME));
        if (programme != null && !programmes.contains(programme)) {
            problems.add("reporting.filter.error.programme");
            programme = null;
        }
        Long group = null;
        String groupText = blankToNull(first(parameters, GROUP));
        if (groupText != null) {
            try {
                group = Long.parseLong(groupText);
                if (group <= 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add("reporting.filter.error.group");
                group = null;
            }
        }
        Channel channel = null;
        String channelText = blankToNull(first(parameters, CHANNEL));
        if (channelText != null) {
            channel = Channel.ofParameter(channelText).orElse(null);
            if (channel == null) {
                problems.add("reporting.filter.error.channel");
            }
        }
        return new Parsed(new ReportFilter(from, to, province, programme, group, channel), List.copyOf(problems));
    }

    private static YearMonth month(String text, YearMonth fallback, List<String> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new DateTimeParseException("out of range", text, 0);
            }
            return month;
        } catch (DateTimeParseException e) {
            if (!problems.contains("reporting.filter.error.month")) {
                problems.add("reporting.filter.error.month");
            }
            return fallback;
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static int months(YearMonth from, YearMonth to) {
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
