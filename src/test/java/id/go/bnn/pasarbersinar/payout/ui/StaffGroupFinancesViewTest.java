package id.go.bnn.pasarbersinar.payout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import id.go.bnn.pasarbersinar.payout.Balance;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.OrderEvents;
import id.go.bnn.pasarbersinar.payout.Statement;
import id.go.bnn.pasarbersinar.payout.StatementTable;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code /staf/kelompok/{id}/keuangan}: an administrator reads a group's money as the payout module counts it. */
@SpringBootTest
class StaffGroupFinancesViewTest extends SpringBrowserlessTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";

    @Autowired
    ProducerGroups groups;
    @Autowired
    Earnings earnings;
    @Autowired
    OrderEvents events;

    final Caller admin = Callers.admin(-7901);

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private GroupId groupWithEarnings(String name) {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup(name, new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53",
                "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        long delivered = OrderEvents.nextFulfilmentId();
        long waiting = OrderEvents.nextFulfilmentId();
        events.publish(OrderEvents.paid(delivered, group.value(), 10_000, Instant.now(), 150_000),
                OrderEvents.delivered(delivered, group.value(), Instant.now().minus(Duration.ofDays(8))),
                OrderEvents.paid(waiting, group.value(), 12_000, Instant.now(), 80_000));
        return group;
    }

    private HasElement open(GroupId group) {
        UI.getCurrent().navigate("staf/kelompok/" + group.value() + "/keuangan");
        return getCurrentView();
    }

    @Test
    void an_administrator_sees_the_groups_balance_and_statement_as_the_payout_module_counts_them() {
        String name = "Tenun Buku Besar " + System.nanoTime();
        GroupId group = groupWithEarnings(name);
        Callers.signIn(admin);

        assertThat(open(group)).isInstanceOf(StaffGroupFinancesView.class);

        Balance balance = earnings.balance(group);
        assertThat(balance.pending().rupiah()).isPositive();
        assertThat(balance.available().rupiah()).isPositive();
        assertThat($(H1.class).first().getText()).isEqualTo("Keuangan " + name);
        assertThat($(Span.class).withClassName("pb-finance-amount").all()).extracting(Span::getText)
                .containsExactly(balance.pending().format(), balance.available().format(), balance.nextPayout().format(), balance.paidOut().format());
        Statement statement = earnings.statement(group, YearMonth.now(Earnings.STATEMENT_ZONE));
        assertThat(statement.rows()).isNotEmpty();
        List<Div> lines = $(Div.class).withClassName("pb-statement-row").all();
        assertThat(lines).hasSameSizeAs(statement.rows());
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = StatementTable.cells(statement.rows().get(i), Locale.forLanguageTag("id"));
            assertThat(lines.get(i).getElement().getTextRecursively()).contains(cells.get(1), cells.get(2), cells.get(8));
        }
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(statement.closing().format());
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Belum ada pencairan untuk kelompok ini.");
        @SuppressWarnings("unchecked")
        Select<YearMonth> month = $(Select.class).withClassName("pb-statement-month").single();
        YearMonth now = YearMonth.now(Earnings.STATEMENT_ZONE);
        // Months are written as everywhere in the shop ("Des 2026"), not as "2026-12".
        assertThat(month.getItemLabelGenerator().apply(now)).isEqualTo(ShopTime.month(now, Locale.forLanguageTag("id"))).doesNotContain("-");
    }

    @Test
    void only_administrators_open_a_groups_finances() {
        GroupId group = groupWithEarnings("Tenun Tertutup " + System.nanoTime());
        for (Caller caller : List.of(Callers.curator(-7902, "53"), Callers.buyer(-7903), Callers.producer(-7904, group.value()))) {
            Callers.signIn(caller);
            assertThat(open(group)).as("finances for " + caller.roles()).isNotInstanceOf(StaffGroupFinancesView.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Rp");
        }
    }

    @Test
    void an_unknown_group_is_said_to_be_unknown() {
        Callers.signIn(admin);
        open(new GroupId(987_654_321_012L));
        assertThat(getCurrentView()).isInstanceOf(StaffGroupFinancesView.class);
        assertThat($(Paragraph.class).withClassName("pb-staff-finances-unknown").single().getText()).isEqualTo("Kelompok ini tidak ada.");
        assertThat($(Span.class).withClassName("pb-finance-amount").all()).isEmpty();
    }

    @Test
    void a_typed_group_name_is_text() {
        String name = ATTACK + " " + System.nanoTime();
        GroupId group = groupWithEarnings(name);
        Callers.signIn(admin);
        HasElement view = open(group);

        assertThat($(H1.class).first().getText()).isEqualTo("Keuangan " + name);
        assertThat($(Html.class).all()).isEmpty();
        assertThat($view(Image.class).all()).isEmpty();
        assertThat(view.getElement().getOuterHTML()).contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }
}
