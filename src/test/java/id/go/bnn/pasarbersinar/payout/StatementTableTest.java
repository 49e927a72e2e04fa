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
}
