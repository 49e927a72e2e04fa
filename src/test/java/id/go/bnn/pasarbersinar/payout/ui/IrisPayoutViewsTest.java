package id.go.bnn.pasarbersinar.payout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.go.bnn.pasarbersinar.payout.IrisPayouts;
import id.go.bnn.pasarbersinar.payout.OrderEvents;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.PayoutStatus;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The Iris steps on /staf/pencairan and the failure reason on the group's finances (demo Iris), with typed text kept text. */
@SpringBootTest
class IrisPayoutViewsTest extends SpringBrowserlessTest {

    static final String INJECTION = "</script><img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Autowired
    ProducerGroups groups;
    @Autowired
    PayoutDestinations destinations;
    @Autowired
    PayoutRuns runs;
    @Autowired
    IrisPayouts iris;
    @Autowired
    Payouts payoutReads;
    @Autowired
    OrderEvents events;

    final Caller adminA = Callers.admin(-97);
    final Caller adminB = Callers.admin(-98);

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void a_second_administrator_approves_on_the_page_and_the_demo_button_completes_the_payout() {
        GroupId group = irisGroup("Iris Halaman", "0812-2222-3333", "Koperasi Iris Halaman");
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        assertThat(payout.status()).isEqualTo(PayoutStatus.SENT);

        Callers.signIn(adminA);
        navigate("staf/pencairan", PayoutRunView.class);
        assertThat($(Paragraph.class).withClassName("pb-iris-demo-note").all()).extracting(Paragraph::getText).anyMatch(t -> t.contains("MIDTRANS_IRIS"));
        test(button(payout, "Setujui di Iris")).click();
        assertThat(status(payout)).as("the creator cannot approve").isEqualTo(PayoutStatus.SENT);
        assertThat(iris.demo()).isTrue();

        Callers.signIn(adminB);
        navigate("staf/pencairan", PayoutRunView.class);
        test(button(payout, "Setujui di Iris")).click();
        assertThat(Callers.as(adminA, () -> iris.step(payout.id())).orElseThrow().state()).isEqualTo("APPROVED");
        assertThat(card(payout).getElement().getTextRecursively()).contains("disetujui, sedang di bank", "DEMO-pasar-payout-" + payout.id());
        test(button(payout, "demo: selesai")).click();
        assertThat(status(payout)).isEqualTo(PayoutStatus.PAID);
        assertThat(card(payout).getElement().getTextRecursively()).contains("Dibayar");
    }

    @Test
    void typed_names_and_reasons_stay_text_on_the_staff_page_and_the_group_finances() {
        GroupId mismatch = irisGroup(INJECTION + " Beda", "0812-4444-9999", INJECTION);
        GroupId rejected = irisGroup(INJECTION + " Tolak", "0812-5555-6666", INJECTION);
        Callers.as(adminA, () -> runs.run());
        Payout blocked = payoutOf(mismatch);
        assertThat(blocked.status()).isEqualTo(PayoutStatus.PENDING);
        Payout sent = payoutOf(rejected);
        Callers.as(adminB, () -> iris.reject(sent.id(), INJECTION));

        Callers.signIn(adminA);
        navigate("staf/pencairan", PayoutRunView.class);
        assertThat($(Html.class).all()).isEmpty();
        Div blockedCard = card(blocked);
        assertThat(blockedCard.getElement().getTextRecursively()).contains("DEMO PEMILIK LAIN, not " + INJECTION, "Pemeriksaan rekening");
        assertThat(blockedCard.getElement().getOuterHTML()).doesNotContain("<img").contains(ESCAPED);
        assertThat(button(blocked, "Bayar manual saja")).isNotNull();
        Div rejectedCard = card(sent);
        assertThat(rejectedCard.getElement().getTextRecursively()).contains("Iris: " + INJECTION, "Dikembalikan ke saldo");
        assertThat(rejectedCard.getElement().getOuterHTML()).doesNotContain("<img");

        Callers.signIn(Callers.producer(-99, rejected.value()));
        navigate("mitra/keuangan", FinancesView.class);
        assertThat($(Html.class).all()).isEmpty();
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Alasan gagal", "Iris: " + INJECTION, "Dikembalikan ke saldo");
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("<img").contains(ESCAPED);
    }

    private Button button(Payout payout, String text) {
        return $(Button.class, card(payout)).all().stream().filter(b -> b.getText().startsWith(text)).findFirst().orElseThrow();
    }

    private Div card(Payout payout) {
        return $(Div.class).withClassName("pb-payout-card").all().stream()
                .filter(c -> Long.toString(payout.id()).equals(c.getElement().getAttribute("data-payout"))).findFirst().orElseThrow();
    }

    private GroupId irisGroup(String name, String account, String holder) {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup(name + " " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        long fulfilment = OrderEvents.nextFulfilmentId();
        events.publish(OrderEvents.paid(fulfilment, group.value(), 0, Instant.now(), 150_000),
                OrderEvents.delivered(fulfilment, group.value(), Instant.now().minus(Duration.ofDays(8))));
        Callers.as(adminA, () -> destinations.setIris(group, "bri", account, holder));
        return group;
    }

    private Payout payoutOf(GroupId group) {
        return Callers.as(adminA, () -> payoutReads.recent(500)).stream().filter(p -> p.groupId() == group.value()).findFirst().orElseThrow();
    }

    private PayoutStatus status(Payout payout) {
        return Callers.as(adminA, () -> payoutReads.find(payout.id())).orElseThrow().status();
    }
}
