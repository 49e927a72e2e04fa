package id.go.bnn.pasarbersinar.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A statement line names what the group sold as it was sold, kept by the payout module when the order was paid: a
 * product renamed afterwards does not rewrite the statement (and the statement reads no catalog table).
 */
@SpringBootTest
class StatementLineNamesTest {

    @Autowired
    OrderFixture fixture;
    @Autowired
    Earnings earnings;

    @Test
    void a_paid_line_keeps_the_name_it_was_sold_under_in_both_languages_after_the_product_is_renamed() {
        OrderFixture.Group group = fixture.ntt();
        long variant = fixture.bilingualVariant(group, 3, 210_000, "Selendang Ikat Sumba Uji", "Sumba Ikat Shawl Test");
        long product = fixture.jdbc().sql("SELECT product_id FROM product_variant WHERE id = ?").param(variant).query(Long.class).single();
        String number = Caller.runAsSystem(() -> fixture.paidOrder(fixture.cart(variant, 2), fixture.form()));
        YearMonth month = YearMonth.from(fixture.jdbc().sql("SELECT paid_at FROM customer_order WHERE number = ?").param(number)
                .query(Timestamp.class).single().toInstant().atZone(Earnings.STATEMENT_ZONE));
        Caller admin = Callers.admin(-4711);
        // OrderPaid reaches the payout module after the payment's commit.
        await().atMost(Duration.ofSeconds(20)).until(() -> !lines(admin, group, month, number).isEmpty());

        fixture.jdbc().sql("UPDATE product SET title_id = 'Nama Baru', title_en = 'New Name' WHERE id = ?").param(product).update();

        List<StatementRow> lines = lines(admin, group, month, number);
        assertThat(lines).extracting(StatementRow::productId, StatementRow::quantity, StatementRow::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(product, 2,
                        new LocalizedText("Selendang Ikat Sumba Uji (Cokelat)", "Sumba Ikat Shawl Test (Brown)")));
        assertThat(StatementTable.cells(lines.getFirst(), Locale.ENGLISH)).contains("Sumba Ikat Shawl Test (Brown) × 2");
    }

    private List<StatementRow> lines(Caller admin, OrderFixture.Group group, YearMonth month, String number) {
        return Callers.as(admin, () -> earnings.statement(new GroupId(group.id()), month)).rows().stream()
                .filter(row -> row.kind() == StatementRow.Kind.ORDER_LINE && number.equals(row.reference()))
                .toList();
    }
}
