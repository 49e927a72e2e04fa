package id.go.bnn.pasarbersinar.reporting;

import id.go.bnn.pasarbersinar.shared.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The report of one exhibition: its sales at the booths (gross, commission, by payment), the items sold per product,
 * the figures per group and per province, the QRIS references typed and the day closes (counted against recorded
 * cash). The single model the screen, the CSV, the workbook and the PDF read, so they show the same numbers. Only sales
 * RECORDED count; those flagged SHORT took no stock and are not in the ledger.
 *
 * @param province the organising province by name ({@code null}: administrators' event)
 */
public record ExhibitionReport(long exhibitionId, String name, String place, String province, LocalDate startsOn, LocalDate endsOn,
        int commissionBps, Totals totals, List<Section> sections) {

    public ExhibitionReport {
        sections = List.copyOf(sections);
    }

    /** The event's totals: sales, gross (what buyers paid), commission owed, the groups' income and the pieces sold. */
    public record Totals(long sales, long gross, long commission, long pieces, long groups) {

        public long income() {
            return gross - commission;
        }
    }

    public enum Part {
        PAYMENTS, PRODUCTS, GROUPS, PROVINCES, QRIS, DAY_CLOSES;

        public String messageKey() {
            return switch (this) {
                case PAYMENTS -> "reporting.exhibition.part.payments";
                case PRODUCTS -> "reporting.exhibition.part.products";
                case GROUPS -> "reporting.exhibition.part.groups";
                case PROVINCES -> "reporting.exhibition.part.provinces";
                case QRIS -> "reporting.exhibition.part.qris";
                case DAY_CLOSES -> "reporting.exhibition.part.day-closes";
            };
        }

        public String fileName() {
            return switch (this) {
                case PAYMENTS -> "pembayaran";
                case PRODUCTS -> "produk";
                case GROUPS -> "kelompok";
                case PROVINCES -> "provinsi";
                case QRIS -> "referensi-qris";
                case DAY_CLOSES -> "tutup-hari";
            };
        }
    }

    public enum Kind { TEXT, MONEY, COUNT }

    /** A column: its header's translation key and what its cells hold. */
    public record Column(String messageKey, Kind kind) {
    }

    /**
     * One table of the report. Cells are {@code String} (TEXT: names, typed notes, days) or {@code Long} (MONEY in
     * whole rupiah, COUNT); {@link #texts} formats them as the screen shows them.
     */
    public record Section(Part part, List<Column> columns, List<List<Object>> rows) {

        public Section {
            columns = List.copyOf(columns);
            rows = rows.stream().map(row -> (List<Object>) java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
        }

        public List<String> headers(Function<String, String> translate) {
            return columns.stream().map(column -> translate.apply(column.messageKey())).toList();
        }

        public List<String> texts(List<Object> row) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                texts.add(format(columns.get(i).kind(), row.get(i)));
            }
            return texts;
        }
    }

    public Section section(Part part) {
        return sections.stream().filter(section -> section.part() == part).findFirst().orElseThrow();
    }

    /** A cell as people read it: {@code Rp 1.250.000}, {@code 1.204}, text as it is; a dash for nothing. */
    public static String format(Kind kind, Object value) {
        if (value == null) {
            return "–";
        }
        return switch (kind) {
            case TEXT -> value.toString();
            case MONEY -> Money.rupiah(((Number) value).longValue()).format();
            case COUNT -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.of("id"))).format(((Number) value).longValue());
        };
    }
}
