package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.payout.Statement;
import id.go.bnn.pasarbersinar.payout.StatementRow;
import id.go.bnn.pasarbersinar.payout.StatementTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** A statement as CSV (commons-csv) and as PDF (OpenPDF), both from {@link StatementTable}: the rows of the screen. */
@Component
public class StatementDocuments {

    public String csv(Statement statement, Locale locale) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(StatementTable.csvHeaders(locale).toArray(String[]::new)).get())) {
            for (StatementRow row : statement.rows()) {
                printer.printRecord(StatementTable.csvCells(row, locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public byte[] pdf(Statement statement, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        document.add(new Paragraph(text(locale, "payout.statement.pdf.title") + " " + statement.groupName(), title));
        document.add(new Paragraph(text(locale, "payout.statement.month") + ": " + statement.month(), body));
        document.add(new Paragraph(text(locale, "payout.statement.opening") + ": " + statement.opening().format(), body));
        List<String> headers = StatementTable.headers(locale);
        PdfPTable table = new PdfPTable(new float[] {8, 9, 12, 18, 10, 6, 10, 10, 11});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String header : headers) {
            table.addCell(new PdfPCell(new Phrase(header, bold)));
        }
        for (StatementRow row : statement.rows()) {
            List<String> cells = StatementTable.cells(row, locale);
            for (int i = 0; i < cells.size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(cells.get(i), body));
                if (i >= 4 && i != 5) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        document.add(new Paragraph(text(locale, "payout.statement.sales") + ": " + statement.sales().format() + "   "
                + text(locale, "payout.statement.commission") + ": " + statement.commission().format() + "   "
                + text(locale, "payout.statement.shipping") + ": " + statement.shipping().format(), body));
        document.add(new Paragraph(text(locale, "payout.statement.closing") + ": " + statement.closing().format(), bold));
        if (statement.closing().isNegative()) {
            document.add(new Paragraph(java.text.MessageFormat.format(text(locale, "payout.statement.negative-explained"),
                    statement.closing().format()), body));
        }
        document.close();
        return out.toByteArray();
    }

    private static String text(Locale locale, String key) {
        Locale bundleLocale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.of("id");
        return ResourceBundle.getBundle("vaadin-i18n/translations", bundleLocale).getString(key);
    }
}
