package id.go.bnn.pasarbersinar.reporting.internal;

import id.go.bnn.pasarbersinar.reporting.ExhibitionReport;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReport.Kind;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReport.Section;
import id.go.bnn.pasarbersinar.shared.Money;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * An exhibition report's exports, all read from {@link ExhibitionReport} (the screen's model): CSV of one table, a
 * workbook with the totals and a sheet per table, and the PDF. Text cells (names, typed notes and references) are
 * written as text, never as formulas or markup.
 */
@Component
public class ExhibitionReportDocuments {

    /** One table as CSV: the raw values (whole rupiah, counts), text made safe for spreadsheets. */
    public String csv(Section section, Locale locale) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(section.headers(ReportDocuments.texts(locale)).toArray(String[]::new)).get())) {
            for (List<Object> row : section.rows()) {
                printer.printRecord(row.stream().map(value -> value == null ? "" : ReportDocuments.safeText(value)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public byte[] xlsx(ExhibitionReport report, Locale locale) {
        Function<String, String> text = ReportDocuments.texts(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Sheet summary = workbook.createSheet(ReportDocuments.sheetName(text.apply("reporting.exhibition.totals")));
            int r = 0;
            for (Object[] line : totals(report, text)) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue((String) line[0]);
                if (line[1] instanceof Long number) {
                    row.createCell(1).setCellValue(number);
                    row.getCell(1).setCellStyle(money);
                } else {
                    row.createCell(1).setCellValue(String.valueOf(line[1]));
                }
            }
            for (Section section : report.sections()) {
                Sheet sheet = ReportDocuments.sheetWithHeaders(workbook, text.apply(section.part().messageKey()), section.headers(text));
                int rowIndex = 1;
                for (List<Object> values : section.rows()) {
                    Row row = sheet.createRow(rowIndex++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        if (value instanceof Number number) {
                            row.createCell(i).setCellValue(number.longValue());
                            row.getCell(i).setCellStyle(money);
                        } else if (value != null) {
                            row.createCell(i).setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(ExhibitionReport report, Locale locale) {
        Function<String, String> text = ReportDocuments.texts(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        document.add(new Paragraph(text.apply("reporting.exhibition.pdf.title") + " — " + report.name(), title));
        document.add(new Paragraph(report.place() + " · " + ShopTime.date(report.startsOn(), locale) + " – " + ShopTime.date(report.endsOn(), locale)
                + (report.province() == null ? "" : " · " + report.province()), body));
        document.add(new Paragraph(text.apply("reporting.pdf.made") + " " + ShopTime.dateTime(Instant.now(), locale), body));
        PdfPTable totals = new PdfPTable(new float[] {10, 8});
        totals.setWidthPercentage(50);
        totals.setHorizontalAlignment(Element.ALIGN_LEFT);
        totals.setSpacingBefore(10);
        for (Object[] line : totals(report, text)) {
            totals.addCell(new PdfPCell(new Phrase((String) line[0], body)));
            totals.addCell(ReportDocuments.right(line[1] instanceof Long number ? Money.rupiah(number).format() : String.valueOf(line[1]), body));
        }
        document.add(totals);
        for (Section section : report.sections()) {
            Paragraph name = new Paragraph(text.apply(section.part().messageKey()), heading);
            name.setSpacingBefore(12);
            document.add(name);
            PdfPTable table = new PdfPTable(section.columns().size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setHeaderRows(1);
            section.headers(text).forEach(head -> table.addCell(new PdfPCell(new Phrase(head, bold))));
            for (List<Object> row : section.rows()) {
                List<String> texts = section.texts(row);
                for (int i = 0; i < texts.size(); i++) {
                    table.addCell(section.columns().get(i).kind() == Kind.TEXT ? new PdfPCell(new Phrase(texts.get(i), body)) : ReportDocuments.right(texts.get(i), body));
                }
            }
            if (section.rows().isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase(text.apply("reporting.empty"), body));
                none.setColspan(section.columns().size());
                table.addCell(none);
            }
            document.add(table);
        }
        document.add(new Paragraph(text.apply("reporting.exhibition.definitions"), body));
        document.close();
        return out.toByteArray();
    }

    /** The totals as label and value (Long: rupiah), the first lines of the workbook and the PDF. */
    private static List<Object[]> totals(ExhibitionReport report, Function<String, String> text) {
        ExhibitionReport.Totals totals = report.totals();
        return List.of(
                new Object[] {text.apply("reporting.exhibition.event"), report.name()},
                new Object[] {text.apply("reporting.exhibition.sales"), ExhibitionReport.format(Kind.COUNT, totals.sales())},
                new Object[] {text.apply("reporting.exhibition.pieces"), ExhibitionReport.format(Kind.COUNT, totals.pieces())},
                new Object[] {text.apply("reporting.exhibition.gross"), totals.gross()},
                new Object[] {text.apply("reporting.exhibition.commission"), totals.commission()},
                new Object[] {text.apply("reporting.exhibition.income"), totals.income()});
    }
}
