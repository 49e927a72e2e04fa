package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The statement as a table of text, the same for the screen, the CSV file and the PDF, so the three never disagree.
 * Money columns are written as on the screen ("Rp 150.000"); the CSV file has its own cells with the same figures as
 * numbers (whole rupiah, the rate in percent, the date as ISO), so that a spreadsheet can add them up.
 */
public final class StatementTable {

    private StatementTable() {
    }

    public static List<String> headers(Locale locale) {
        return List.of(text(locale, "payout.statement.date"), text(locale, "payout.statement.kind"), text(locale, "payout.statement.reference"),
                text(locale, "payout.statement.item"), text(locale, "payout.statement.price"), text(locale, "payout.statement.rate"),
                text(locale, "payout.statement.commission"), text(locale, "payout.statement.shipping"), text(locale, "payout.statement.amount"));
    }

    public static List<String> cells(StatementRow row, Locale locale) {
        String item = row.kind() == StatementRow.Kind.ORDER_LINE
                ? (row.productId() == 0 ? text(locale, "payout.statement.item.other")
                        : (row.title() != null ? row.title().in(locale)
                                : text(locale, "payout.statement.item.product") + " #" + row.productId()
                                        + (row.categoryCode() == null ? "" : " (" + row.categoryCode() + ")")) + " × " + row.quantity())
                : "";
        if (row.kind() == StatementRow.Kind.BOOTH_SALE && row.title() != null) {
            // The event; when the group took the money at the booth (cash, its own QRIS) the balance moves by the commission only.
            item = row.title().in(locale) + (row.amount() == -row.commission() ? " · " + text(locale, "payout.statement.item.booth-held") : "");
        }
        if (row.kind() == StatementRow.Kind.REFUND && showsLineFigures(row)) {
            item = text(locale, "payout.statement.item.refund");
        }
        boolean lineFigures = showsLineFigures(row);
        return List.of(ShopTime.date(row.date(), locale), text(locale, row.kind().messageKey()),
                row.reference() == null ? "" : row.reference(), item, money(row.price(), lineFigures),
                row.ratePercent(), money(row.commission(), lineFigures), money(row.shipping(), row.shipping() != 0),
                id.go.bnn.pasarbersinar.shared.Money.rupiah(row.amount()).format());
    }

    /** The CSV header: the screen's column names with the unit of each number. */
    public static List<String> csvHeaders(Locale locale) {
        List<String> names = headers(locale);
        return List.of(names.get(0) + " (YYYY-MM-DD)", names.get(1), names.get(2), names.get(3), names.get(4) + " (Rp)",
                names.get(5) + " (%)", names.get(6) + " (Rp)", names.get(7) + " (Rp)", names.get(8) + " (Rp)");
    }

    /** The CSV row: the screen's figures as plain numbers; text that a spreadsheet would run as a formula stays text. */
    public static List<String> csvCells(StatementRow row, Locale locale) {
        List<String> screen = cells(row, locale);
        boolean lineFigures = showsLineFigures(row);
        return List.of(row.date().toString(), id.go.bnn.pasarbersinar.shared.SpreadsheetText.safe(screen.get(1)),
                id.go.bnn.pasarbersinar.shared.SpreadsheetText.safe(screen.get(2)), id.go.bnn.pasarbersinar.shared.SpreadsheetText.safe(screen.get(3)),
                lineFigures ? Long.toString(row.price()) : "",
                row.rateBasisPoints() == null ? "" : java.math.BigDecimal.valueOf(row.rateBasisPoints(), 2).stripTrailingZeros().toPlainString(),
                lineFigures ? Long.toString(row.commission()) : "", row.shipping() != 0 ? Long.toString(row.shipping()) : "",
                Long.toString(row.amount()));
    }

    /**
     * A booth sale shows its price and the event's commission too.
     * An order line shows its price and commission; so does a refund that gave items back (what went back to the buyer and
     * the commission given back, not one net figure). Other rows show only their amount.
     */
    private static boolean showsLineFigures(StatementRow row) {
        return row.kind() == StatementRow.Kind.ORDER_LINE || row.kind() == StatementRow.Kind.BOOTH_SALE
                || row.kind() == StatementRow.Kind.REFUND && (row.price() != 0 || row.commission() != 0);
    }

    private static String money(long amount, boolean shown) {
        return shown ? id.go.bnn.pasarbersinar.shared.Money.rupiah(amount).format() : "";
    }

    static String text(Locale locale, String key) {
        Locale bundleLocale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.of("id");
        return ResourceBundle.getBundle("vaadin-i18n/translations", bundleLocale).getString(key);
    }
}
