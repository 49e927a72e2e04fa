package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.payout.OrderEvents.nextFulfilmentId;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.paid;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.io.StringReader;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The statement as the group sees it on screen, as CSV and as PDF: the same rows and figures. */
@SpringBootTest
class StatementDocumentsTest {

    @Autowired
    OrderEvents events;
    @Autowired
    Earnings earnings;
    @Autowired
    ProducerGroups groups;

    @Test
    void the_csv_has_the_rows_of_the_screen_and_the_pdf_shows_the_figures() throws Exception {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup("Laporan " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        events.publish(paid(nextFulfilmentId(), group.value(), 18_000, Instant.now(), 150_000, 75_005));
        Caller member = Callers.producer(-91, group.value());
        YearMonth month = YearMonth.now(Earnings.STATEMENT_ZONE);
        Locale id = Locale.of("id");
        Statement statement = Callers.as(member, () -> earnings.statement(group, month));
        assertThat(statement.rows()).hasSize(3);
        assertThat(statement.closing().rupiah()).isEqualTo(150_000 - 15_000 + 75_005 - 7_501 + 18_000);

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Callers.as(member, () -> earnings.statementCsv(group, month, id)))).getRecords();
        assertThat(records).hasSize(statement.rows().size());
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).toList()).isEqualTo(StatementTable.csvCells(statement.rows().get(i), id));
        }
        // Numbers, not formatted text: the amounts add up to the month's change and the rate is a number.
        assertThat(records.stream().mapToLong(record -> Long.parseLong(record.get(8))).sum())
                .isEqualTo(statement.closing().rupiah() - statement.opening().rupiah());
        assertThat(records).allSatisfy(record -> assertThat(String.join(",", record.toList())).doesNotContain("Rp"));
        assertThat(records).anySatisfy(record -> {
            assertThat(record.get(4)).isEqualTo("150000");
            assertThat(record.get(5)).isEqualTo("10");
            assertThat(record.get(6)).isEqualTo("15000");
        });

        byte[] pdf = Callers.as(member, () -> earnings.statementPdf(group, month, id));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Rp 150.000", "Rp 75.005", "Rp 7.501", "Rp 18.000", statement.closing().format());
        }
    }
}
