package id.go.bnn.pasarbersinar.reporting;

import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.INCOME_A;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.INCOME_B;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.ITEMS;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.ORDERS;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.PARTICIPANTS;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.PAYOUT_A;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.REFUNDS_A;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.REFUNDS_B;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.SHIPPING_TO_COURIERS_A;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.SHIPPING_TO_COURIERS_B;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.SALES_A;
import static id.go.bnn.pasarbersinar.reporting.ReportFixture.Expected.SALES_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's figures against a history built through the real services ({@link ReportFixture}, figures worked
 * out by hand there), province scoping, and the exports: equal to the screen's table, the PDF readable with its figures.
 */
@SpringBootTest(properties = "pasar.payout.holding-period=0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {

    static final Locale ID = Locale.of("id");

    @Autowired
    ReportFixture fixture;
    @Autowired
    Reports reports;
    @Autowired
    ReportExports exports;
    @Autowired
    Clock clock;

    final Caller admin = Callers.admin(-8201);
    final Caller curatorOfProvince = Callers.curator(-8202, ReportFixture.PROVINCE);
    final Caller curatorElsewhere = Callers.curator(-8203, "53");
    ReportFixture.Built built;
    KeyFigures provinceBefore;
    YearMonth month;

    @BeforeAll
    void build_the_history() {
        month = YearMonth.now(clock.withZone(ReportFilter.JAKARTA));
        // The province may hold other tests' sales: its figures are checked as the difference the fixture makes.
        provinceBefore = Callers.as(admin, () -> reports.dashboard(period().withProvince(ReportFixture.PROVINCE), ID)).current();
        built = fixture.build();
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    /** This month and the next (the first parcel left 30 hours after payment, which may be next month). */
    ReportFilter period() {
        return new ReportFilter(month, month.plusMonths(1), null, null, null);
    }

    ReportFilter group(long id) {
        return new ReportFilter(month, month.plusMonths(1), null, null, id);
    }

    @Test
    void the_figures_of_each_group_are_the_hand_computed_ones() {
        KeyFigures a = Callers.as(admin, () -> reports.dashboard(group(built.a().value()), ID)).current();
        assertThat(a.sales()).isEqualTo(Money.rupiah(SALES_A));
        assertThat(a.refunds()).isEqualTo(Money.rupiah(REFUNDS_A));
        assertThat(a.orders()).isEqualTo(2);
        assertThat(a.itemsSold()).isEqualTo(3);
        assertThat(a.activeGroups()).isEqualTo(1);
        assertThat(a.participants()).isEqualTo(5);
        assertThat(a.income()).isEqualTo(Money.rupiah(INCOME_A));
        assertThat(a.incomePerParticipant()).isEqualTo(Money.rupiah(INCOME_A / 5));
        assertThat(a.shipping()).isEqualTo(Money.rupiah(SHIPPING_TO_COURIERS_A));
        assertThat(a.payouts()).isEqualTo(Money.rupiah(PAYOUT_A));
        assertThat(a.averageHoursToShip()).isEqualTo(30.0);

        KeyFigures b = Callers.as(admin, () -> reports.dashboard(group(built.b().value()), ID)).current();
        assertThat(b.sales()).isEqualTo(Money.rupiah(SALES_B));
        assertThat(b.refunds()).isEqualTo(Money.rupiah(REFUNDS_B));
        assertThat(b.orders()).isEqualTo(1);
        assertThat(b.itemsSold()).isEqualTo(3);
        assertThat(b.participants()).isEqualTo(3);
        assertThat(b.income()).isEqualTo(Money.rupiah(INCOME_B));
        assertThat(b.shipping()).isEqualTo(Money.rupiah(SHIPPING_TO_COURIERS_B));
        assertThat(b.payouts()).isEqualTo(Money.ZERO);
        assertThat(b.averageHoursToShip()).isNull();
    }

    @Test
    void the_province_adds_the_fixture_once_counting_an_order_of_two_groups_once() {
        Dashboard dashboard = Callers.as(admin, () -> reports.dashboard(period().withProvince(ReportFixture.PROVINCE), ID));
        KeyFigures now = dashboard.current();
        assertThat(now.sales().minus(provinceBefore.sales())).isEqualTo(Money.rupiah(SALES_A + SALES_B));
        assertThat(now.refunds().minus(provinceBefore.refunds())).isEqualTo(Money.rupiah(REFUNDS_A + REFUNDS_B));
        assertThat(now.orders() - provinceBefore.orders()).isEqualTo(ORDERS);
        assertThat(now.itemsSold() - provinceBefore.itemsSold()).isEqualTo(ITEMS);
        assertThat(now.activeGroups() - provinceBefore.activeGroups()).isEqualTo(2);
        assertThat(now.participants() - provinceBefore.participants()).isEqualTo(PARTICIPANTS);
        assertThat(now.income().minus(provinceBefore.income())).isEqualTo(Money.rupiah(INCOME_A + INCOME_B));
        assertThat(now.shipping().minus(provinceBefore.shipping())).isEqualTo(Money.rupiah(SHIPPING_TO_COURIERS_A + SHIPPING_TO_COURIERS_B));
        assertThat(now.payouts().minus(provinceBefore.payouts())).isEqualTo(Money.rupiah(PAYOUT_A));

        ReportTable groups = dashboard.table(Dimension.GROUP);
        assertThat(groups.rows()).extracting(ReportTable.Row::label).contains(built.nameA(), built.nameB());
        ReportTable.Row rowB = groups.rows().stream().filter(r -> r.key().equals(String.valueOf(built.b().value()))).findFirst().orElseThrow();
        assertThat(rowB.label()).isEqualTo(built.nameB());
        assertThat(rowB.figures().income()).isEqualTo(Money.rupiah(INCOME_B));
        // Each table adds up to the period's figures, except distinct orders, which an order of two groups counts once.
        for (Dimension dimension : Dimension.values()) {
            ReportTable table = dashboard.table(dimension);
            assertThat(table.rows().stream().mapToLong(r -> r.figures().sales().rupiah()).sum()).as(dimension + " sales").isEqualTo(now.sales().rupiah());
            assertThat(table.rows().stream().mapToLong(r -> r.figures().income().rupiah()).sum()).as(dimension + " income").isEqualTo(now.income().rupiah());
            assertThat(table.rows().stream().mapToLong(r -> r.figures().shipping().rupiah()).sum()).as(dimension + " shipping")
                    .isEqualTo(now.shipping().rupiah());
        }
        ReportTable province = dashboard.table(Dimension.PROVINCE);
        assertThat(province.rows()).singleElement().satisfies(row -> assertThat(row.label()).isEqualTo("Kalimantan Timur"));
    }

    @Test
    void the_figures_are_compared_with_the_previous_period_of_the_same_length() {
        Dashboard dashboard = Callers.as(admin, () -> reports.dashboard(group(built.a().value()), ID));
        assertThat(dashboard.filter().previous()).isEqualTo(new ReportFilter(month.minusMonths(2), month.minusMonths(1), null, null, built.a().value()));
        assertThat(dashboard.previous()).isEqualTo(KeyFigures.NONE);
        Dashboard.Change sales = dashboard.change(Figure.SALES);
        assertThat(sales.delta()).isEqualTo(SALES_A);
        assertThat(sales.percent()).isNull();
    }

    @Test
    void the_scope_names_the_group_its_province_and_the_programme_chosen() {
        ReportFilter filter = new ReportFilter(month, month.plusMonths(1), null, "PASCA_REHABILITASI", built.b().value());
        Dashboard dashboard = Callers.as(admin, () -> reports.dashboard(filter, ID));
        assertThat(dashboard.scopeLine(key -> key)).isEqualTo("reporting.scope.group " + built.nameB() + " · Kalimantan Timur · "
                + "reporting.scope.programme Pascarehabilitasi / Intervensi Berbasis Masyarakat (IBM)");
        Dashboard all = Callers.as(admin, () -> reports.dashboard(period(), ID));
        assertThat(all.scopeLine(key -> key)).isEqualTo("reporting.scope.all");
        // A curator asking for a group outside its provinces by id learns nothing of it, not even its name.
        Dashboard elsewhere = Callers.as(curatorElsewhere, () -> reports.dashboard(group(built.b().value()), ID));
        assertThat(elsewhere.scopeLine(key -> key)).doesNotContain(built.nameB()).contains("#" + built.b().value());
    }

    @Test
    void a_curator_sees_only_its_provinces_and_is_refused_others() {
        Dashboard own = Callers.as(curatorOfProvince, () -> reports.dashboard(period(), ID));
        assertThat(own.table(Dimension.GROUP).rows()).extracting(ReportTable.Row::label).contains(built.nameA(), built.nameB());
        assertThat(own.table(Dimension.PROVINCE).rows()).extracting(ReportTable.Row::key).containsOnly(ReportFixture.PROVINCE);

        Dashboard elsewhere = Callers.as(curatorElsewhere, () -> reports.dashboard(period(), ID));
        assertThat(elsewhere.table(Dimension.GROUP).rows()).extracting(ReportTable.Row::label).doesNotContain(built.nameA(), built.nameB());
        assertThat(elsewhere.table(Dimension.PROVINCE).rows()).extracting(ReportTable.Row::key).doesNotContain(ReportFixture.PROVINCE);
        // Asking for the group of another province by its id finds nothing; asking for the province is refused.
        assertThat(Callers.as(curatorElsewhere, () -> reports.dashboard(group(built.a().value()), ID)).current()).isEqualTo(KeyFigures.NONE);
        assertThatThrownBy(() -> Callers.as(curatorElsewhere, () -> reports.dashboard(period().withProvince(ReportFixture.PROVINCE), ID)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.as(Callers.producer(-8204, built.a().value()), () -> reports.dashboard(group(built.a().value()), ID)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.as(Caller.ANONYMOUS, () -> reports.dashboard(period(), ID))).isInstanceOf(AccessDeniedException.class);
        assertThat(Callers.as(curatorElsewhere, () -> reports.provinces())).extracting(p -> p.code()).containsExactly("53");
    }

    @Test
    void csv_and_excel_hold_the_screen_tables() throws Exception {
        Dashboard dashboard = Callers.as(admin, () -> reports.dashboard(period().withProvince(ReportFixture.PROVINCE), ID));
        for (ReportTable table : dashboard.tables()) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(new String(exports.csv(table, ID), StandardCharsets.UTF_8))).getRecords();
            assertThat(records).hasSize(table.rows().size());
            for (int i = 0; i < records.size(); i++) {
                List<String> expected = ReportTable.values(table.rows().get(i)).stream().map(v -> v == null ? "" : v.toString()).toList();
                assertThat(records.get(i).toList()).as(table.dimension() + " row " + i).isEqualTo(expected);
            }
        }
        byte[] xlsx = exports.xlsx(dashboard, ID, percent -> { });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + dashboard.tables().size());
            for (int t = 0; t < dashboard.tables().size(); t++) {
                ReportTable table = dashboard.tables().get(t);
                Sheet sheet = workbook.getSheetAt(t + 1);
                assertThat(sheet.getLastRowNum()).isEqualTo(table.rows().size());
                for (int i = 0; i < table.rows().size(); i++) {
                    assertThat(cells(sheet.getRow(i + 1), ReportTable.COLUMNS.size() + 1)).as(table.dimension() + " row " + i)
                            .isEqualTo(ReportTable.values(table.rows().get(i)).stream().map(ReportsTest::normalise).toList());
                }
            }
            // The key figures sheet: sales of this period.
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(dashboard.current().sales().rupiah());
        }
    }

    @Test
    void the_pdf_report_opens_and_shows_the_figures_and_the_groups() throws Exception {
        Dashboard dashboard = Callers.as(curatorOfProvince, () -> reports.dashboard(period().withProvince(ReportFixture.PROVINCE), ID));
        List<Integer> progress = new ArrayList<>();
        byte[] pdf = exports.inBackground(p -> exports.pdf(dashboard, ID, p), progress::add).get();
        assertThat(progress).isNotEmpty().last().isEqualTo(100);
        try (var document = Loader.loadPDF(pdf)) {
            // Long names wrap inside their cells.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Laporan dampak Pasar Bersinar", "Kalimantan Timur", built.nameA(), built.nameB(),
                    dashboard.current().sales().format(), dashboard.current().income().format(), dashboard.current().payouts().format(),
                    ReportTable.format(Figure.ORDERS, dashboard.current().orders()), "Daftar kelompok");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            int charts = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    charts += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(charts).as("a chart per table").isEqualTo(dashboard.tables().size());
        }
    }

    @Test
    void typed_group_names_stay_text_in_the_chart_and_the_exports() throws Exception {
        Dashboard dashboard = Callers.as(admin, () -> reports.dashboard(period().withProvince(ReportFixture.PROVINCE), ID));
        String svg = new String(exports.svg(dashboard.table(Dimension.GROUP), ID, 640, 400), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("<svg").doesNotContain("<img", "</script>", "<script")
                .contains("&lt;/script&gt;&lt;img src=x");
        String csv = new String(exports.csv(dashboard.table(Dimension.GROUP), ID), StandardCharsets.UTF_8);
        assertThat(CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords()).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(built.nameB()));
        byte[] xlsx = exports.xlsx(dashboard, ID, p -> { });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet groups = workbook.getSheetAt(1 + dashboard.tables().indexOf(dashboard.table(Dimension.GROUP)));
            boolean found = false;
            for (Row row : groups) {
                Cell first = row.getCell(0);
                found |= first.getCellType() == CellType.STRING && first.getStringCellValue().equals(built.nameB());
            }
            assertThat(found).isTrue();
        }
        try (var document = Loader.loadPDF(exports.pdf(dashboard, ID, p -> { }))) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(built.nameB());
        }
    }

    private static List<Object> cells(Row row, int count) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? null : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : (Object) cell.getNumericCellValue());
        }
        return values;
    }

    private static Object normalise(Object value) {
        return value instanceof Number number ? (Object) number.doubleValue() : value;
    }
}
