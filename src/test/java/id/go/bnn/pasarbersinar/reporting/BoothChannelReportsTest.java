package id.go.bnn.pasarbersinar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.exhibition.BoothDayCloses;
import id.go.bnn.pasarbersinar.exhibition.BoothSales;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.payout.EarningsFigures;
import id.go.bnn.pasarbersinar.reporting.BoothReportFixture.Expected;
import id.go.bnn.pasarbersinar.reporting.ExhibitionReport.Part;
import id.go.bnn.pasarbersinar.reporting.ReportTable.Dimension;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Booth sales in the reports: every dashboard figure split into online and booth (and their total), hand-computed from
 * {@link ReportFixture} (online) and {@link BoothReportFixture} (booth); the report of one exhibition and its exports
 * read back; who may see it.
 */
@SpringBootTest(properties = "pasar.payout.holding-period=0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoothChannelReportsTest {

    static final Locale ID = Locale.of("id");

    @Autowired
    ReportFixture fixture;
    @Autowired
    BoothReportFixture boothFixture;
    @Autowired
    Reports reports;
    @Autowired
    ExhibitionReports exhibitionReports;
    @Autowired
    ReportExports exports;
    @Autowired
    BoothSales boothSales;
    @Autowired
    BoothDayCloses dayCloses;
    @Autowired
    EarningsFigures earnings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    final Caller admin = Callers.admin(-8611);
    final Caller curatorOfProvince = Callers.curator(-8612, ReportFixture.PROVINCE);
    final Caller curatorElsewhere = Callers.curator(-8613, "53");
    BoothReportFixture.Built built;
    YearMonth month;

    @BeforeAll
    void build_the_history() {
        month = YearMonth.now(clock.withZone(ReportFilter.JAKARTA));
        built = boothFixture.build(fixture.build());
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    ReportFilter group(long id) {
        return new ReportFilter(month, month.plusMonths(1), null, null, id);
    }

    @Test
    void every_figure_of_a_group_is_split_into_online_and_booth_and_their_total() {
        long a = built.groups().a().value();
        Dashboard both = Callers.as(admin, () -> reports.dashboard(group(a), ID));
        KeyFigures online = both.byChannel(Channel.ONLINE);
        KeyFigures booth = both.byChannel(Channel.BOOTH);
        assertThat(online.sales()).isEqualTo(Money.rupiah(ReportFixture.Expected.SALES_A));
        assertThat(online.orders()).isEqualTo(2);
        assertThat(online.itemsSold()).isEqualTo(3);
        assertThat(online.income()).isEqualTo(Money.rupiah(ReportFixture.Expected.INCOME_A));
        assertThat(online.payouts()).isEqualTo(Money.rupiah(ReportFixture.Expected.PAYOUT_A));

        assertThat(booth.sales()).isEqualTo(Money.rupiah(Expected.SALES_A));
        assertThat(booth.orders()).as("two booth sales").isEqualTo(2);
        assertThat(booth.itemsSold()).isEqualTo(Expected.PIECES_A);
        assertThat(booth.income()).isEqualTo(Money.rupiah(Expected.INCOME_A));
        assertThat(booth.refunds()).isEqualTo(Money.ZERO);
        assertThat(booth.shipping()).isEqualTo(Money.ZERO);
        assertThat(booth.payouts()).isEqualTo(Money.ZERO);
        assertThat(booth.activeGroups()).isEqualTo(1);
        assertThat(booth.participants()).isEqualTo(5);
        assertThat(booth.averageHoursToShip()).isNull();

        KeyFigures total = both.current();
        assertThat(total.sales()).isEqualTo(Money.rupiah(ReportFixture.Expected.SALES_A + Expected.SALES_A));
        assertThat(total.orders()).isEqualTo(4);
        assertThat(total.itemsSold()).isEqualTo(3 + Expected.PIECES_A);
        assertThat(total.income()).isEqualTo(Money.rupiah(ReportFixture.Expected.INCOME_A + Expected.INCOME_A));
        assertThat(total.refunds()).isEqualTo(Money.rupiah(ReportFixture.Expected.REFUNDS_A));
        // A group that sold in both channels is one active group with its five participants, not two.
        assertThat(total.activeGroups()).isEqualTo(1);
        assertThat(total.participants()).isEqualTo(5);
        assertThat(total.incomePerParticipant()).isEqualTo(Money.rupiah(KeyFigures.divide(ReportFixture.Expected.INCOME_A + Expected.INCOME_A, 5)));

        // The table by channel is the split; the other tables hold the total of the channels chosen.
        assertThat(both.table(Dimension.CHANNEL).rows()).extracting(ReportTable.Row::key).containsExactly("online", "pameran");
        assertThat(both.table(Dimension.GROUP).rows()).singleElement().satisfies(row -> assertThat(row.figures()).isEqualTo(total));

        Dashboard onlyBooth = Callers.as(admin, () -> reports.dashboard(group(a).withChannel(Channel.BOOTH), ID));
        assertThat(onlyBooth.current()).isEqualTo(booth);
        assertThat(onlyBooth.table(Dimension.GROUP).rows()).singleElement().satisfies(row -> assertThat(row.figures()).isEqualTo(booth));
        assertThat(onlyBooth.table(Dimension.CHANNEL).rows()).extracting(ReportTable.Row::key).containsExactly("pameran");
        Dashboard onlyOnline = Callers.as(admin, () -> reports.dashboard(group(a).withChannel(Channel.ONLINE), ID));
        assertThat(onlyOnline.current()).isEqualTo(online);
        assertThat(onlyOnline.byChannel(Channel.BOOTH)).isEqualTo(KeyFigures.NONE);
    }

    @Test
    void the_province_split_counts_a_booth_sale_once_and_never_a_short_one() {
        Dashboard dashboard = Callers.as(admin, () -> reports.dashboard(group(built.groups().b().value()).withChannel(Channel.BOOTH), ID));
        KeyFigures b = dashboard.current();
        assertThat(b.sales()).isEqualTo(Money.rupiah(Expected.SALES_B));
        assertThat(b.orders()).isEqualTo(1);
        assertThat(b.itemsSold()).isEqualTo(Expected.PIECES_B);
        assertThat(b.income()).isEqualTo(Money.rupiah(Expected.INCOME_B));
        ReportTable provinces = dashboard.table(Dimension.PROVINCE);
        assertThat(provinces.rows()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo(ReportFixture.PROVINCE);
            assertThat(row.figures().sales()).isEqualTo(Money.rupiah(Expected.SALES_B));
        });
    }

    @Test
    void the_public_earnings_and_groups_reached_count_booth_sales() {
        assertThat(earnings.earnedBy(built.groups().a().value()).income()).isEqualTo(ReportFixture.Expected.INCOME_A + Expected.INCOME_A);
        assertThat(earnings.earnedBy(built.groups().b().value()).income()).isEqualTo(ReportFixture.Expected.INCOME_B + Expected.INCOME_B);
        // The commission kept with each sale is the one the ledger booked for it.
        long booked = jdbc.sql("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE e.account = 'PLATFORM_COMMISSION' AND t.source_key IN "
                        + "(SELECT CONCAT('booth:', s.id) FROM booth_sale s WHERE s.exhibition_id = ?)")
                .param(built.exhibitionId()).query(Long.class).single();
        assertThat(booked).isEqualTo(Expected.COMMISSION_A + Expected.COMMISSION_B);
    }

    @Test
    void the_exhibition_report_holds_the_hand_computed_figures() {
        ExhibitionReport report = Callers.as(curatorOfProvince, () -> exhibitionReports.report(new ExhibitionId(built.exhibitionId()), ID))
                .orElseThrow();
        assertThat(report.name()).isEqualTo(built.eventName());
        assertThat(report.province()).isEqualTo("Kalimantan Timur");
        assertThat(report.totals()).isEqualTo(new ExhibitionReport.Totals(3, Expected.SALES_A + Expected.SALES_B,
                Expected.COMMISSION_A + Expected.COMMISSION_B, Expected.PIECES_A + Expected.PIECES_B, 2));
        assertThat(report.totals().income()).isEqualTo(Expected.INCOME_A + Expected.INCOME_B);

        assertThat(report.section(Part.PAYMENTS).rows()).containsExactly(
                List.of("Tunai", 2L, Expected.CASH_A + Expected.CASH_B, Expected.COMMISSION_CASH_A + Expected.COMMISSION_B),
                List.of("QRIS (referensi)", 1L, Expected.QRIS_A, Expected.COMMISSION_QRIS_A));
        List<List<Object>> products = report.section(Part.PRODUCTS).rows();
        assertThat(products).hasSize(2);
        assertThat((String) products.get(0).get(0)).contains(built.productB());
        assertThat(products.get(0).subList(1, 4)).containsExactly(built.groups().nameB(), Expected.PIECES_B, Expected.SALES_B);
        assertThat((String) products.get(1).get(0)).contains(built.productA());
        assertThat(products.get(1).subList(1, 4)).containsExactly(built.groups().nameA(), Expected.PIECES_A, Expected.SALES_A);
        assertThat(report.section(Part.GROUPS).rows()).containsExactly(
                List.of(built.groups().nameB(), "Kalimantan Timur", 1L, Expected.PIECES_B, Expected.SALES_B, Expected.COMMISSION_B, Expected.INCOME_B),
                List.of(built.groups().nameA(), "Kalimantan Timur", 2L, Expected.PIECES_A, Expected.SALES_A, Expected.COMMISSION_A, Expected.INCOME_A));
        assertThat(report.section(Part.PROVINCES).rows()).containsExactly(List.of("Kalimantan Timur", 2L, 3L, Expected.PIECES_A + Expected.PIECES_B,
                Expected.SALES_A + Expected.SALES_B, Expected.COMMISSION_A + Expected.COMMISSION_B, Expected.INCOME_A + Expected.INCOME_B));
        assertThat(report.section(Part.QRIS).rows()).singleElement()
                .satisfies(row -> assertThat(row.subList(1, 4)).containsExactly(built.groups().nameA(), "QRIS-LAPORAN-1", Expected.QRIS_A));
        assertThat(report.section(Part.DAY_CLOSES).rows()).singleElement().satisfies(row -> {
            assertThat(row.subList(1, 5)).containsExactly(built.groups().nameA(), Expected.CASH_A, Expected.COUNTED_A, Expected.COUNTED_A - Expected.CASH_A);
            assertThat(row.get(5)).isEqualTo(ReportFixture.INJECTION + " uang kembalian");
            assertThat(row.get(6)).isEqualTo("Ya");
        });
    }

    @Test
    void csv_excel_and_pdf_hold_the_report() throws Exception {
        ExhibitionReport report = Callers.as(admin, () -> exhibitionReports.report(new ExhibitionId(built.exhibitionId()), ID)).orElseThrow();
        for (ExhibitionReport.Section section : report.sections()) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(new String(exports.csv(section, ID), StandardCharsets.UTF_8))).getRecords();
            assertThat(records).as(section.part().name()).hasSize(section.rows().size());
            for (int i = 0; i < records.size(); i++) {
                assertThat(records.get(i).toList()).as(section.part() + " row " + i)
                        .isEqualTo(section.rows().get(i).stream().map(Object::toString).toList());
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(report, ID)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + report.sections().size());
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo(built.eventName());
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(Expected.SALES_A + Expected.SALES_B);
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(Expected.COMMISSION_A + Expected.COMMISSION_B);
            for (int s = 0; s < report.sections().size(); s++) {
                ExhibitionReport.Section section = report.sections().get(s);
                Sheet sheet = workbook.getSheetAt(s + 1);
                assertThat(sheet.getLastRowNum()).as(section.part().name()).isEqualTo(section.rows().size());
                for (int i = 0; i < section.rows().size(); i++) {
                    assertThat(cells(sheet.getRow(i + 1), section.columns().size())).as(section.part() + " row " + i)
                            .isEqualTo(section.rows().get(i).stream().map(v -> v instanceof Number n ? (Object) n.doubleValue() : v).toList());
                }
            }
        }
        try (var document = Loader.loadPDF(exports.pdf(report, ID))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Laporan pameran Pasar Bersinar", built.eventName(), built.groups().nameA(), "QRIS-LAPORAN-1",
                    Money.rupiah(Expected.SALES_A + Expected.SALES_B).format(), Money.rupiah(Expected.COMMISSION_A + Expected.COMMISSION_B).format(),
                    Money.rupiah(Expected.COUNTED_A - Expected.CASH_A).format(), "Tutup hari");
        }
    }

    @Test
    void only_staff_of_the_event_province_see_its_report() {
        ExhibitionId event = new ExhibitionId(built.exhibitionId());
        assertThat(Callers.as(curatorOfProvince, () -> exhibitionReports.events())).extracting(e -> e.id().value()).contains(built.exhibitionId());
        assertThat(Callers.as(admin, () -> exhibitionReports.events())).extracting(e -> e.id().value()).contains(built.exhibitionId());
        // A curator of another province learns nothing of the event: not in its list, no report, its sales refused.
        assertThat(Callers.as(curatorElsewhere, () -> exhibitionReports.events())).extracting(e -> e.id().value()).doesNotContain(built.exhibitionId());
        assertThat(Callers.as(curatorElsewhere, () -> exhibitionReports.report(event, ID))).isEmpty();
        assertThatThrownBy(() -> Callers.as(curatorElsewhere, () -> boothSales.ofEvent(event))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.as(curatorElsewhere, () -> dayCloses.ofEvent(event))).isInstanceOf(AccessDeniedException.class);
        // A member of a group selling there, a buyer or nobody: refused.
        for (Caller caller : List.of(Callers.producer(-8614, built.groups().a().value()), Callers.buyer(-8615), Caller.ANONYMOUS)) {
            assertThatThrownBy(() -> Callers.as(caller, () -> exhibitionReports.report(event, ID))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.as(caller, () -> exhibitionReports.events())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.as(caller, () -> boothSales.ofEvent(event))).isInstanceOf(AccessDeniedException.class);
        }
        // An event that does not exist reads like one not organised.
        assertThat(Callers.as(admin, () -> exhibitionReports.report(new ExhibitionId(Long.MAX_VALUE), ID))).isEmpty();
    }

    @Test
    void a_channel_in_the_address_is_read_back_and_an_unknown_one_is_explained() {
        ReportFilter filter = group(1).withChannel(Channel.BOOTH);
        Map<String, List<String>> parameters = filter.toParameters();
        assertThat(parameters.get(ReportFilter.CHANNEL)).containsExactly("pameran");
        assertThat(ReportFilter.parse(parameters, java.util.Set.of(), java.util.Set.of(), clock).filter()).isEqualTo(filter);
        ReportFilter.Parsed wrong = ReportFilter.parse(Map.of(ReportFilter.CHANNEL, List.of("pasar-malam")), java.util.Set.of(), java.util.Set.of(), clock);
        assertThat(wrong.filter().channel()).isNull();
        assertThat(wrong.problems()).containsExactly("reporting.filter.error.channel");
    }

    private static List<Object> cells(Row row, int count) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? null : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : (Object) cell.getNumericCellValue());
        }
        return values;
    }
}
