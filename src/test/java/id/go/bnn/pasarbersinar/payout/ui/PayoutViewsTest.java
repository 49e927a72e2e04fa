package id.go.bnn.pasarbersinar.payout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
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
    void typed_holder_names_are_shown_as_text() {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup("Injeksi " + System.nanoTime(),
                new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        Callers.as(Callers.admin(-1), () -> destinations.setBank(group, INJECTION, "1234567890", INJECTION));
        Callers.signIn(Callers.admin(-1));
        navigate("staf/pencairan", PayoutRunView.class);
        assertThat($(Html.class).all()).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<Payout> grid = $(Grid.class).first();
        assertThat(grid).isNotNull();
        assertThat(Callers.as(Callers.admin(-1), () -> destinations.of(group)).orElseThrow().holderName()).isEqualTo(INJECTION);
    }
}
