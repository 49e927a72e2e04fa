package id.go.bnn.pasarbersinar.payout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import id.go.bnn.pasarbersinar.payout.OrderEvents;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PayoutViewsTest extends SpringBrowserlessTest {

    static final String INJECTION = "</script><img src=x onerror=alert(1)>";

    @Autowired
    ProducerGroups groups;
    @Autowired
    PayoutDestinations destinations;
    @Autowired
    PayoutRuns runs;
    @Autowired
    OrderEvents events;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void the_payout_page_is_for_administrators_only() {
        for (Caller caller : List.of(Callers.buyer(-1), Callers.producer(-2, 1), Callers.curator(-3, "53"))) {
            Callers.signIn(caller);
            navigate("staf/pencairan", Component.class);
            assertThat(getCurrentView()).as("payouts for " + caller.roles()).isNotInstanceOf(PayoutRunView.class);
        }
        Callers.signIn(Callers.admin(-1));
        navigate("staf/pencairan", Component.class);
        assertThat(getCurrentView()).isInstanceOf(PayoutRunView.class);
    }

    @Test
    void a_group_member_sees_its_finances_and_buyers_do_not() {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup("Keuangan Tampil " + System.nanoTime(),
                new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        Callers.signIn(Callers.buyer(-5));
        navigate("mitra/keuangan", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(FinancesView.class);
        Callers.signIn(Callers.producer(-6, group.value()));
        navigate("mitra/keuangan", FinancesView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Keuangan kelompok");
    }

    @Test
    void typed_group_and_holder_names_are_shown_as_text_on_the_payout_page_and_the_group_finances() {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup(INJECTION + " " + System.nanoTime(),
                new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        Callers.as(Callers.admin(-1), () -> destinations.setBank(group, INJECTION, "1234567890", INJECTION));
        long fulfilment = OrderEvents.nextFulfilmentId();
        events.publish(OrderEvents.paid(fulfilment, group.value(), 10_000, Instant.now(), 150_000),
                OrderEvents.delivered(fulfilment, group.value(), Instant.now().minus(Duration.ofDays(8))));
        Callers.as(Callers.admin(-1), () -> runs.run());

        Callers.signIn(Callers.admin(-1));
        navigate("staf/pencairan", PayoutRunView.class);
        assertThat($(Html.class).all()).isEmpty();
        Div card = $(Div.class).withClassName("pb-payout-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains(" 1234567890 a.n. ")).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains(INJECTION + " ", "a.n. " + INJECTION);
        assertThat(card.getElement().getOuterHTML()).doesNotContain("<img").contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");

        Callers.signIn(Callers.producer(-6, group.value()));
        navigate("mitra/keuangan", FinancesView.class);
        assertThat($(Html.class).all()).isEmpty();
        String page = getCurrentView().getElement().getOuterHTML();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("•••• 7890", INJECTION).doesNotContain("1234567890");
        assertThat(page).doesNotContain("<img").contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Callers.as(Callers.admin(-1), () -> destinations.of(group)).orElseThrow().holderName()).isEqualTo(INJECTION);
    }

    @Test
    void without_a_stripe_key_the_onboarding_button_is_hidden_and_explained() {
        Callers.signIn(Callers.admin(-1));
        navigate("staf/pencairan", PayoutRunView.class);
        assertThat($(com.vaadin.flow.component.button.Button.class).all()).noneMatch(button -> button.getText().contains("Stripe"));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .anyMatch(text -> text.startsWith("Pendaftaran Stripe tidak tersedia"));
    }

    @Test
    void the_payout_page_says_that_stripe_transfers_are_demo_transfers_without_a_stripe_key() {
        Callers.signIn(Callers.admin(-1));
        navigate("staf/pencairan", PayoutRunView.class);
        assertThat($(Paragraph.class).withClassName("pb-payout-demo-note").first().getText()).startsWith("DEMO");
    }
}
