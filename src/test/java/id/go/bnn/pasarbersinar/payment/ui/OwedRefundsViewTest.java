package id.go.bnn.pasarbersinar.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.go.bnn.pasarbersinar.payment.OwedRefund;
import id.go.bnn.pasarbersinar.payment.OwedRefunds;
import id.go.bnn.pasarbersinar.payment.Orders;
import id.go.bnn.pasarbersinar.payment.internal.OwedRefundStore;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The owed refunds page: bank details, the transfer recorded by one administrator and confirmed by another. */
@SpringBootTest
class OwedRefundsViewTest extends SpringBrowserlessTest {

    static final String INJECTION = "</script><img src=x onerror=alert(1)>";

    @Autowired
    OwedRefundStore store;
    @Autowired
    OwedRefunds owedRefunds;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private String owed() {
        String order = Orders.newOrderNumber();
        // A late payment's owed refund: what the Midtrans path opens for a virtual account paid after the order expired.
        store.open("late-" + order + "-1", OwedRefund.Kind.LATE, order, Money.rupiah(180_000), Instant.now());
        return order;
    }

    private Div card(String order) {
        return $(Div.class).withClassName("pb-owed-refund").all().stream()
                .filter(card -> card.getChildren().anyMatch(child -> child instanceof H2 h2 && h2.getText().contains(order))).findFirst().orElseThrow();
    }

    @Test
    void one_administrator_enters_the_bank_details_and_records_the_transfer_a_second_confirms_it() {
        String order = owed();
        Callers.signIn(Callers.admin(9_301));
        navigate(OwedRefundsView.class);

        Div card = card(order);
        test($(TextField.class, card).all().get(0)).setValue("BCA");
        test($(TextField.class, card).all().get(1)).setValue("1234567890");
        test($(TextField.class, card).all().get(2)).setValue("Siti Aminah");
        test($(Button.class, card).withClassName("pb-owed-save").first()).click();
        card = card(order);
        test($(TextField.class, card).all().get(3)).setValue("TRF-" + order);
        test($(Button.class, card).withClassName("pb-owed-record").first()).click();
        card = card(order);
        test($(Button.class, card).withClassName("pb-owed-confirm").first()).click();
        assertThat(jdbc.sql("SELECT status FROM payment_owed_refund WHERE refund_id = ?").param("late-" + order + "-1").query(String.class).single())
                .isEqualTo("RECORDED");

        Callers.signIn(Callers.admin(9_302));
        navigate(OwedRefundsView.class);
        test($(Button.class, card(order)).withClassName("pb-owed-confirm").first()).click();

        assertThat(jdbc.sql("SELECT status FROM payment_owed_refund WHERE refund_id = ?").param("late-" + order + "-1").query(String.class).single())
                .isEqualTo("PAID");
        assertThat($(H2.class).all()).noneMatch(h2 -> h2.getText().contains(order));
    }

    @Test
    void a_bad_account_number_is_refused_with_a_message_and_changes_nothing() {
        String order = owed();
        Callers.signIn(Callers.admin(9_303));
        navigate(OwedRefundsView.class);
        Div card = card(order);
        test($(TextField.class, card).all().get(0)).setValue("BCA");
        test($(TextField.class, card).all().get(1)).setValue("12ab");
        test($(TextField.class, card).all().get(2)).setValue("Siti");

        test($(Button.class, card).withClassName("pb-owed-save").first()).click();

        assertThat(jdbc.sql("SELECT status FROM payment_owed_refund WHERE refund_id = ?").param("late-" + order + "-1").query(String.class).single())
                .isEqualTo("OWED");
    }

    @Test
    void what_staff_typed_is_shown_as_text() {
        String order = owed();
        Callers.signIn(Callers.admin(9_304));
        owedRefunds.enterBankDetails("late-" + order + "-1", INJECTION, "1234567890", INJECTION);
        owedRefunds.recordTransfer("late-" + order + "-1", INJECTION);

        navigate(OwedRefundsView.class);

        Div card = card(order);
        assertThat($(Span.class, card).all()).extracting(Span::getText)
                .contains(INJECTION + " 1234567890 · " + INJECTION, INJECTION);
        assertThat(card.getElement().getOuterHTML()).doesNotContain("<img").contains("&lt;img");
    }
}
