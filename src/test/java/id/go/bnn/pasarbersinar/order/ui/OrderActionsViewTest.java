package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.order.FulfilmentDelivered;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The order page's actions for staff and buyers: cancel and refund with their confirmation, and "received". */
@SpringBootTest
@RecordApplicationEvents
class OrderActionsViewTest extends SpringBrowserlessTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";

    @Autowired
    Orders orders;
    @Autowired
    OrderFixture fixture;
    @Autowired
    OrderLinks links;
    @Autowired
    ProducerGroups groups;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private String paid(Map<Long, Integer> lines) {
        return fixture.paidOrder(fixture.cart(lines), fixture.form("53", "Maria Bete", "Jl. El Tari No. 5", null));
    }

    private long line(long parcel, String title) {
        return fixture.jdbc().sql("SELECT id FROM order_line WHERE fulfilment_id = ? AND title = ?").params(parcel, title)
                .query(Long.class).single();
    }

    private long refunded(long parcel) {
        return fixture.jdbc().sql("SELECT refunded FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();
    }

    private int refunds(long parcel) {
        return fixture.jdbc().sql("SELECT COUNT(*) FROM order_refund WHERE fulfilment_id = ?").param(parcel).query(Integer.class).single();
    }

    private void click(String className) {
        test($(Button.class).withClassName(className).first()).click();
    }

    private Dialog dialog() {
        return $(Dialog.class).first();
    }

    private String problem() {
        return $(Paragraph.class, dialog()).withClassName("pb-order-error").first().getText();
    }

    private String status() {
        return $(Span.class).withClassName("pb-parcel-status").first().getText();
    }

    @Test
    void a_curator_refunds_some_items_after_seeing_the_amount_and_restocks_them() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas refund uji");
        long topi = fixture.variant(fixture.ntt(), 5, 40_000, "Topi refund uji");
        Map<Long, Integer> lines = new LinkedHashMap<>();
        lines.put(tas, 2);
        lines.put(topi, 1);
        String number = paid(lines);
        long parcel = fixture.fulfilmentIds(number).getFirst();
        Callers.signIn(Callers.curator(-95, "53"));
        navigate("pesanan/" + number, OrderView.class);

        click("pb-refund");
        Checkbox whole = $(Checkbox.class, dialog()).withClassName("pb-refund-whole").first();
        // It opens with nothing chosen and its red button off.
        assertThat(whole.getValue()).isFalse();
        assertThat($(Button.class).withClassName("pb-dialog-confirm").first().isEnabled()).isFalse();
        assertThat($(Paragraph.class, dialog()).withClassName("pb-refund-amount").first().getText()).isEqualTo("Dana yang dikembalikan: Rp 0");
        test(whole).click();
        // Items 2 × 150.000 + 40.000, and shipping within NTT for 3 × 800 g (3 started kilograms: 12.000 + 2 × 6.000).
        assertThat($(Paragraph.class, dialog()).withClassName("pb-refund-amount").first().getText())
                .isEqualTo("Dana yang dikembalikan: Rp 364.000");
        test(whole).click();
        List<IntegerField> quantities = $(IntegerField.class, dialog()).withClassName("pb-refund-quantity").all();
        assertThat(quantities).hasSize(2);
        quantities.getFirst().setValue(1);
        test($(Checkbox.class, dialog()).withClassName("pb-refund-restock").first()).click();
        assertThat($(Paragraph.class, dialog()).withClassName("pb-refund-amount").first().getText()).isEqualTo("Dana yang dikembalikan: Rp 150.000");
        assertThat($(Button.class).withClassName("pb-dialog-confirm").first().getText()).isEqualTo("Kembalikan Rp 150.000");
        click("pb-dialog-confirm");

        assertThat($(Dialog.class).all()).allSatisfy(d -> assertThat(d.isOpened()).isFalse());
        assertThat($(Paragraph.class).withClassName("pb-order-saved").first().getText()).startsWith("Pengembalian dana Rp 150.000");
        // The page shows the refund at once, on its way or settled, without a reload.
        assertThat($(Paragraph.class).all().stream().filter(p -> p.hasClassName("pb-parcel-refund-pending") || p.hasClassName("pb-parcel-refunded"))
                .map(Paragraph::getText)).containsAnyOf("Sedang dikembalikan: Rp 150.000", "Dana dikembalikan: Rp 150.000");
        await().atMost(Duration.ofSeconds(20)).until(() -> refunded(parcel) == 150_000L);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.stock(tas) == 4);
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("PAID");
        assertThat(fixture.jdbc().sql("SELECT refunded_quantity FROM order_line WHERE id = ?").param(line(parcel, "Tas refund uji"))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void refunding_more_than_was_bought_is_refused_in_the_dialog_and_changes_nothing() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas lebih uji");
        String number = paid(Map.of(tas, 2));
        long parcel = fixture.fulfilmentIds(number).getFirst();
        Callers.signIn(Callers.admin(-96));
        navigate("pesanan/" + number, OrderView.class);

        click("pb-refund");
        $(IntegerField.class, dialog()).withClassName("pb-refund-quantity").first().setValue(3);
        click("pb-dialog-confirm");

        assertThat(dialog().isOpened()).isTrue();
        assertThat(problem()).startsWith("Jumlah yang dikembalikan tidak sesuai");
        $(IntegerField.class, dialog()).withClassName("pb-refund-quantity").first().setValue(0);
        assertThat($(Button.class).withClassName("pb-dialog-confirm").first().isEnabled()).isFalse();
        assertThat(refunds(parcel)).isZero();
        assertThat(fixture.jdbc().sql("SELECT refunded_quantity FROM order_line WHERE fulfilment_id = ?").param(parcel)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void an_administrator_refunds_the_whole_parcel_and_sees_it_refunded() {
        long tas = fixture.variant(fixture.banten(), 5, 200_000, "Batik utuh uji");
        String number = paid(Map.of(tas, 1));
        long parcel = fixture.fulfilmentIds(number).getFirst();
        long total = fixture.jdbc().sql("SELECT items_total + shipping FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();
        Callers.signIn(Callers.admin(-97));
        navigate("pesanan/" + number, OrderView.class);

        click("pb-refund");
        test($(Checkbox.class, dialog()).withClassName("pb-refund-whole").first()).click();
        test($(Checkbox.class, dialog()).withClassName("pb-refund-restock").first()).click();
        click("pb-dialog-confirm");

        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.fulfilmentStatuses(number).equals(List.of("REFUNDED")));
        assertThat(refunded(parcel)).isEqualTo(total);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.stock(tas) == 5);
        navigate("pesanan/" + number, OrderView.class);
        assertThat(status()).isEqualTo(getTranslationOf("order.status.refunded"));
        assertThat($(Button.class).withClassName("pb-refund").all()).isEmpty();
        assertThat($(Button.class).withClassName("pb-cancel").all()).isEmpty();
    }

    private String getTranslationOf(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    @Test
    void cancelling_a_parcel_shipped_meanwhile_is_refused_and_the_page_shows_it_shipped() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas batal uji");
        String number = paid(Map.of(tas, 1));
        long parcel = fixture.fulfilmentIds(number).getFirst();
        Callers.signIn(Callers.curator(-98, "53"));
        navigate("pesanan/" + number, OrderView.class);

        click("pb-cancel");
        assertThat($(Paragraph.class, dialog()).withClassName("pb-cancel-amount").first().getText()).contains("Rp 162.000");
        Callers.as(Callers.producer(-99, fixture.ntt().id()), () -> orders.markShipped(parcel, "JNE", "JNE-55554444"));
        click("pb-dialog-confirm");

        assertThat(problem()).isEqualTo("Paket ini tidak bisa dibatalkan lagi (sudah dikirim atau selesai).");
        assertThat(status()).isEqualTo(getTranslationOf("order.status.shipped"));
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("SHIPPED");
        assertThat(refunds(parcel)).isZero();
    }

    @Test
    void a_curator_cancels_a_paid_parcel_after_confirming() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas batal dua uji");
        String number = paid(Map.of(tas, 1));
        Callers.signIn(Callers.curator(-100, "53"));
        navigate("pesanan/" + number, OrderView.class);

        click("pb-cancel");
        test($(Button.class).withClassName("pb-dialog-back").first()).click();
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("PAID");
        click("pb-cancel");
        click("pb-dialog-confirm");

        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("CANCELLED");
        assertThat(status()).isEqualTo(getTranslationOf("order.status.cancelled"));
        assertThat($(Paragraph.class).withClassName("pb-order-saved").first().getText()).contains("dibatalkan");
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.stock(tas) == 5);
    }

    @Test
    void a_guest_with_the_signed_link_confirms_a_shipped_parcel_received() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas terima uji");
        String number = paid(Map.of(tas, 1));
        long parcel = fixture.fulfilmentIds(number).getFirst();
        UI.getCurrent().navigate("pesanan/" + number, QueryParameters.simple(Map.of("t", links.token(number))));
        assertThat($(Button.class).withClassName("pb-confirm-delivery").all()).isEmpty();
        Callers.as(Callers.producer(-101, fixture.ntt().id()), () -> orders.markShipped(parcel, "POS", "POS-12345678"));

        UI.getCurrent().navigate("pesanan/" + number, QueryParameters.simple(Map.of("t", links.token(number))));
        Button received = $(Button.class).withClassName("pb-confirm-delivery").first();
        assertThat(received.getText()).isEqualTo("Pesanan sudah diterima");
        assertThat($(Button.class).withClassName("pb-refund").all()).isEmpty();
        test(received).click();

        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("DELIVERED");
        assertThat(status()).isEqualTo(getTranslationOf("order.status.delivered"));
        assertThat($(Button.class).withClassName("pb-confirm-delivery").all()).isEmpty();
        assertThat(events.stream(FulfilmentDelivered.class).filter(e -> e.fulfilmentId() == parcel)).hasSize(1);
    }

    @Test
    void group_and_item_names_are_shown_escaped_on_the_page_and_in_the_dialogs() {
        GroupId group = Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup(ATTACK, new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53", "Kota Kupang",
                    null, null, null, null, null, null, null, 5, 2024), false);
            groups.verify(id);
            return id;
        });
        long tas = fixture.variant(new OrderFixture.Group(group.value(), "53"), 5, 90_000, ATTACK);
        String number = paid(Map.of(tas, 1));
        Callers.signIn(Callers.curator(-102, "53"));
        navigate("pesanan/" + number, OrderView.class);
        click("pb-refund");
        String refundHtml = dialog().getElement().getOuterHTML();
        assertThat(dialog().getHeaderTitle()).contains(ATTACK);
        test($(Button.class).withClassName("pb-dialog-back").first()).click();
        click("pb-cancel");
        String cancelHtml = $(Dialog.class).all().getLast().getElement().getOuterHTML();
        String page = getCurrentView().getElement().getOuterHTML();

        for (String html : List.of(page, refundHtml, cancelHtml)) {
            assertThat(html).doesNotContain("<img src=x");
        }
        assertThat(page).contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(refundHtml).contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    }
}
