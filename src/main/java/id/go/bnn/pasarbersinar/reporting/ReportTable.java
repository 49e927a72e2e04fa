package id.go.bnn.pasarbersinar.reporting;

import id.go.bnn.pasarbersinar.shared.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One table of a dashboard (by month, sales channel, province, programme or group): the single model the screen's grid, the CSV and
 * Excel exports and the PDF read, so they show the same numbers. {@link #values} are the raw cells (text, whole rupiah
 * or counts as {@code Long}, hours as {@code Double}); {@link #texts} are the same formatted as the screen shows them.
 */
public record ReportTable(Dimension dimension, List<Row> rows) {

    public enum Dimension {
        MONTH, CHANNEL, PROVINCE, PROGRAMME, GROUP;

        public String messageKey() {
            return switch (this) {
                case MONTH -> "reporting.by.month";
                case CHANNEL -> "reporting.by.channel";
                case PROVINCE -> "reporting.by.province";
                case PROGRAMME -> "reporting.by.programme";
                case GROUP -> "reporting.by.group";
            };
        }

        public String fileName() {
            return switch (this) {
                case MONTH -> "per-bulan";
                case CHANNEL -> "per-kanal";
                case PROVINCE -> "per-provinsi";
                case PROGRAMME -> "per-program";
                case GROUP -> "per-kelompok";
            };
        }
    }

    /** A row: its key (month, channel parameter, province code, programme code or group id), its label and its figures. */
    public record Row(String key, String label, KeyFigures figures) {
    }

    public ReportTable {
        rows = List.copyOf(rows);
    }

    /** The columns of every table, in order, after the label column. */
    public static final List<Figure> COLUMNS = List.of(Figure.values());

    public List<String> headers(Function<String, String> translate) {
        List<String> headers = new ArrayList<>();
        headers.add(translate.apply(dimension.messageKey()));
        COLUMNS.forEach(figure -> headers.add(translate.apply(figure.messageKey())));
        return headers;
    }

    public static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        values.add(row.label());
        COLUMNS.forEach(figure -> values.add(figure.of(row.figures())));
        return values;
    }

    public static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        texts.add(row.label());
        COLUMNS.forEach(figure -> texts.add(format(figure, figure.of(row.figures()))));
        return texts;
    }

    /** A figure as people read it: {@code Rp 1.250.000}, {@code 1.204}, {@code 26,5}; a dash when there is none. */
    public static String format(Figure figure, Number value) {
        if (value == null) {
            return "–";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.of("id"));
        return switch (figure.kind()) {
            case MONEY -> Money.rupiah(value.longValue()).format();
            case COUNT -> new DecimalFormat("#,##0", symbols).format(value.longValue());
            case HOURS -> new DecimalFormat("#,##0.0", symbols).format(value.doubleValue());
        };
    }
}
