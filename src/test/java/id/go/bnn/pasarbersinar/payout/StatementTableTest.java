package id.go.bnn.pasarbersinar.payout;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatementTableTest {

    @Test
    void a_statement_writes_its_dates_as_the_order_pages_do_in_each_language() {
        StatementRow payout = new StatementRow(LocalDate.of(2026, 12, 2), StatementRow.Kind.PAYOUT, "TRF-1", 0, null, 0, 0, null, 0, 0,
                -100_000, null);
        assertThat(StatementTable.cells(payout, LocalizedText.INDONESIAN).getFirst()).isEqualTo("2 Des 2026");
        assertThat(StatementTable.cells(payout, LocalizedText.ENGLISH).getFirst()).isEqualTo("2 Dec 2026");
    }

    @Test
    void the_csv_writes_figures_as_numbers_under_headers_that_name_the_unit() {
        StatementRow line = new StatementRow(LocalDate.of(2026, 12, 2), StatementRow.Kind.ORDER_LINE, "PB-2612-ABCD", 7, "TENUN", 2, 285_000,
                750, 21_375, 0, 263_625, new LocalizedText("Selendang", "Shawl"));
        assertThat(StatementTable.cells(line, LocalizedText.INDONESIAN)).contains("Rp 285.000", "7,5 %");
        assertThat(StatementTable.csvCells(line, LocalizedText.INDONESIAN))
                .containsExactly("2026-12-02", StatementTable.cells(line, LocalizedText.INDONESIAN).get(1), "PB-2612-ABCD", "Selendang × 2", "285000", "7.5", "21375", "", "263625");
        assertThat(StatementTable.csvHeaders(LocalizedText.ENGLISH)).contains("Price (Rp)", "Rate (%)", "Commission (Rp)", "For the group (Rp)");
    }

    @Test
    void a_csv_cell_that_a_spreadsheet_would_run_as_a_formula_stays_text() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)"}) {
            StatementRow line = new StatementRow(LocalDate.of(2026, 12, 2), StatementRow.Kind.ORDER_LINE, formula, 7, null, 1, 1_000,
                    0, 0, 0, 1_000, new LocalizedText(formula, formula));
            var cells = StatementTable.csvCells(line, LocalizedText.ENGLISH);
            assertThat(cells.get(2)).isEqualTo("'" + formula);
            assertThat(cells.get(3)).startsWith("'" + formula);
        }
        StatementRow refund = new StatementRow(LocalDate.of(2026, 12, 2), StatementRow.Kind.REFUND, "PB-1", 0, null, 0, -5_000, null, -500, 0,
                -4_500, null);
        assertThat(StatementTable.csvCells(refund, LocalizedText.ENGLISH)).contains("-5000", "-500", "-4500");
    }
}
