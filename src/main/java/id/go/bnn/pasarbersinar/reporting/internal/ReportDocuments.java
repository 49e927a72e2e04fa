package id.go.bnn.pasarbersinar.reporting.internal;

import id.go.bnn.pasarbersinar.shared.ShopTime;
import id.go.bnn.pasarbersinar.reporting.Channel;
import id.go.bnn.pasarbersinar.reporting.Dashboard;
import id.go.bnn.pasarbersinar.reporting.Figure;
import id.go.bnn.pasarbersinar.reporting.KeyFigures;
import id.go.bnn.pasarbersinar.reporting.ReportTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The dashboard's exports, all read from {@link ReportTable} (the screen's model): CSV (commons-csv) of one table,
 * Excel (Apache POI, streaming) of the key figures and every table, and the PDF report for stakeholders (OpenPDF) with
 * the key figures, the charts and the list of groups. Text cells are written as text, never as formulas.
 */
@Component
public class ReportDocuments {

    private final ReportCharts charts;

    ReportDocuments(ReportCharts charts) {
        this.charts = charts;
    }

    /** One table as CSV: the label and, per figure, the raw value (whole rupiah, counts, hours with a dot). */
    public String csv(ReportTable table, Locale locale) {
        Function<String, String> text = texts(locale);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(table.headers(text).toArray(String[]::new)).get())) {
            for (ReportTable.Row row : table.rows()) {
                printer.printRecord(ReportTable.values(row).stream().map(value -> value == null ? "" : safeText(value)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The key figures and every table as one workbook, a sheet each; {@code progress} hears each sheet done (0–100). */
    public byte[] xlsx(Dashboard dashboard, Locale locale, IntConsumer progress) {
        Function<String, String> text = texts(locale);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle hours = workbook.createCellStyle();
            hours.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Sheet summary = workbook.createSheet(sheetName(text.apply("reporting.key-figures")));
            Row header = summary.createRow(0);
            List<String> heads = List.of(text.apply("reporting.figure"), text.apply("reporting.period.current"),
                    text.apply("reporting.period.previous"), text.apply("reporting.change"), text.apply("reporting.change.percent"),
                    text.apply(Channel.ONLINE.messageKey()), text.apply(Channel.BOOTH.messageKey()));
            for (int i = 0; i < heads.size(); i++) {
                header.createCell(i).setCellValue(heads.get(i));
            }
            int r = 1;
            for (Figure figure : Figure.values()) {
                Dashboard.Change change = dashboard.change(figure);
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(text.apply(figure.messageKey()));
                number(row, 1, change.current(), figure, money, hours);
                number(row, 2, change.previous(), figure, money, hours);
                number(row, 3, change.delta(), figure, money, hours);
                number(row, 4, change.percent(), Figure.HOURS_TO_SHIP, money, hours);
                number(row, 5, figure.of(dashboard.byChannel(Channel.ONLINE)), figure, money, hours);
                number(row, 6, figure.of(dashboard.byChannel(Channel.BOOTH)), figure, money, hours);
            }
            progress.accept(20);
            int done = 1;
            for (ReportTable table : dashboard.tables()) {
                Sheet sheet = sheetWithHeaders(workbook, text.apply(table.dimension().messageKey()), table.headers(text));
                int rowIndex = 1;
                for (ReportTable.Row tableRow : table.rows()) {
                    Row row = sheet.createRow(rowIndex++);
                    List<Object> values = ReportTable.values(tableRow);
                    row.createCell(0).setCellValue((String) values.getFirst());
                    for (int i = 1; i < values.size(); i++) {
                        number(row, i, (Number) values.get(i), ReportTable.COLUMNS.get(i - 1), money, hours);
                    }
                }
                progress.accept(20 + 80 * done++ / dashboard.tables().size());
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stakeholders' report: scope and period, key figures against the previous period, charts, list of groups. */
    public byte[] pdf(Dashboard dashboard, Locale locale, IntConsumer progress) {
        Function<String, String> text = texts(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        document.add(new Paragraph(text.apply("reporting.pdf.title") + " — " + dashboard.scopeLine(text), title));
        document.add(new Paragraph(text.apply("reporting.period") + ": " + ShopTime.month(dashboard.filter().from(), locale) + " – "
                + ShopTime.month(dashboard.filter().to(), locale) + "   (" + text.apply("reporting.period.previous") + ": "
                + ShopTime.month(dashboard.filter().previous().from(), locale) + " – " + ShopTime.month(dashboard.filter().previous().to(), locale) + ")", body));
        document.add(new Paragraph(text.apply("reporting.pdf.made") + " " + ShopTime.dateTime(Instant.now(), locale), body));

        PdfPTable figures = new PdfPTable(new float[] {10, 7, 7, 7, 4, 7, 7});
        figures.setWidthPercentage(100);
        figures.setSpacingBefore(10);
        figures.setHeaderRows(1);
        for (String head : List.of(text.apply("reporting.figure"), text.apply("reporting.period.current"), text.apply("reporting.period.previous"),
                text.apply("reporting.change"), text.apply("reporting.change.percent"), text.apply(Channel.ONLINE.messageKey()),
                text.apply(Channel.BOOTH.messageKey()))) {
            figures.addCell(new PdfPCell(new Phrase(head, bold)));
        }
        for (Figure figure : Figure.values()) {
            Dashboard.Change change = dashboard.change(figure);
            figures.addCell(new PdfPCell(new Phrase(text.apply(figure.messageKey()), body)));
            figures.addCell(right(ReportTable.format(figure, change.current()), body));
            figures.addCell(right(ReportTable.format(figure, change.previous()), body));
            figures.addCell(right(signed(figure, change.delta()), body));
            figures.addCell(right(change.percent() == null ? "–" : percent(change.percent()), body));
            figures.addCell(right(ReportTable.format(figure, figure.of(dashboard.byChannel(Channel.ONLINE))), body));
            figures.addCell(right(ReportTable.format(figure, figure.of(dashboard.byChannel(Channel.BOOTH))), body));
        }
        document.add(figures);
        progress.accept(15);

        int done = 0;
        for (ReportTable table : dashboard.tables()) {
            if (table.rows().isEmpty()) {
                done++;
                continue;
            }
            byte[] png = charts.png(spec(table, text), 1040, table.dimension() == ReportTable.Dimension.MONTH ? 520 : 600);
            Image image;
            try {
                image = Image.getInstance(png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            image.scaleToFit(PageSize.A4.getWidth() - 72, 300);
            image.setAlignment(Element.ALIGN_CENTER);
            document.add(image);
            progress.accept(15 + 60 * ++done / dashboard.tables().size());
        }

        document.newPage();
        document.add(new Paragraph(text.apply("reporting.pdf.groups"), heading));
        ReportTable groups = dashboard.table(ReportTable.Dimension.GROUP);
        List<Figure> columns = List.of(Figure.SALES, Figure.ORDERS, Figure.ITEMS_SOLD, Figure.INCOME, Figure.SHIPPING, Figure.PAYOUTS);
        PdfPTable list = new PdfPTable(new float[] {12, 7, 4, 4, 7, 6, 7});
        list.setWidthPercentage(100);
        list.setSpacingBefore(8);
        list.setHeaderRows(1);
        list.addCell(new PdfPCell(new Phrase(text.apply("reporting.by.group"), bold)));
        columns.forEach(figure -> list.addCell(new PdfPCell(new Phrase(text.apply(figure.messageKey()), bold))));
        for (ReportTable.Row row : groups.rows()) {
            list.addCell(new PdfPCell(new Phrase(row.label(), body)));
            for (Figure figure : columns) {
                list.addCell(right(ReportTable.format(figure, figure.of(row.figures())), body));
            }
        }
        if (groups.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(text.apply("reporting.empty"), body));
            none.setColspan(1 + columns.size());
            list.addCell(none);
        }
        document.add(list);
        document.add(new Paragraph(text.apply("reporting.pdf.definitions"), body));
        document.close();
        progress.accept(100);
        return out.toByteArray();
    }

    /** The chart of a table, with translated title and series. */
    public static ReportCharts.Spec spec(ReportTable table, Function<String, String> text) {
        return new ReportCharts.Spec(table, text.apply(table.dimension().messageKey()), text.apply(Figure.SALES.messageKey()),
                text.apply(Figure.INCOME.messageKey()), text.apply("reporting.chart.millions"));
    }

    public static Function<String, String> texts(Locale locale) {
        Locale bundleLocale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.of("id");
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", bundleLocale);
        return bundle::getString;
    }

    /** A spreadsheet opening a CSV runs a cell starting with = + - @ as a formula: such text gets a leading apostrophe. */
    static String safeText(Object value) {
        return value instanceof String text ? id.go.bnn.pasarbersinar.shared.SpreadsheetText.safe(text) : value.toString();
    }

    private static void number(Row row, int column, Number value, Figure figure, CellStyle money, CellStyle hours) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        if (figure.kind() == Figure.Kind.HOURS) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(hours);
        } else {
            cell.setCellValue(value.longValue());
            cell.setCellStyle(money);
        }
    }

    /** A new sheet of this name (cut to what Excel allows) with the headers in its first row. */
    static Sheet sheetWithHeaders(org.apache.poi.ss.usermodel.Workbook workbook, String name, List<String> headers) {
        Sheet sheet = workbook.createSheet(sheetName(name));
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            head.createCell(i).setCellValue(headers.get(i));
        }
        return sheet;
    }

    static String sheetName(String name) {
        return name.replaceAll("[\\\\/?*\\[\\]:]", " ").substring(0, Math.min(31, name.length()));
    }

    private static String signed(Figure figure, Number delta) {
        if (delta == null) {
            return "–";
        }
        String text = ReportTable.format(figure, delta);
        return delta.doubleValue() > 0 ? "+" + text : text;
    }

    public static String percent(double percent) {
        String text = ReportTable.format(Figure.HOURS_TO_SHIP, percent) + " %";
        return percent > 0 ? "+" + text : text;
    }

    static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
