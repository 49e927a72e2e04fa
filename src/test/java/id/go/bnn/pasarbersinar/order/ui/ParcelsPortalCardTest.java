package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.order.Checkout;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The portal's first page shows the acting group's parcels to handle in its slot, through the catalog's PortalCard. */
@SpringBootTest
class ParcelsPortalCardTest extends SpringBrowserlessTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";

    @Autowired
    Checkout checkout;
    @Autowired
    Orders orders;
    @Autowired
    OrderFixture fixture;
    @Autowired
    ProducerGroups groups;

    OrderFixture.Group group;
    long variant;

    @BeforeEach
    void a_fresh_group_with_a_product() {
        GroupId id = Caller.runAsSystem(() -> {
            GroupId g = groups.register(new NewGroup(ATTACK + System.nanoTime(), new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53",
                    "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false);
            groups.verify(g);
            return g;
        });
        group = new OrderFixture.Group(id.value(), "53");
        variant = fixture.variant(group, 50, 100_000, ATTACK);
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private String order(boolean pay) {
        return pay ? fixture.paidOrder(fixture.cart(variant, 1), fixture.form())
                : checkout.place(fixture.cart(variant, 1), fixture.form()).number();
    }

    private Div slot() {
        navigate("mitra", Component.class);
        return $(Div.class).id("mitra-parcels-slot");
    }

    @Test
    void nothing_to_handle_leaves_the_slot_empty() {
        order(false);
        Callers.signIn(Callers.producer(-110, group.id()));
        assertThat(slot().getChildren()).isEmpty();
        assertThat($(Paragraph.class).withClassName("pb-portal-done").all()).hasSize(1);
    }

    @Test
    void paid_and_packing_parcels_are_counted_and_the_newest_three_listed_with_their_date_in_wib() {
        String first = order(true);
        String packing = order(true);
        order(true);
        String newest = order(true);
        order(false);
        long packingParcel = fixture.fulfilmentIds(packing).getFirst();
        Callers.as(Callers.producer(-111, group.id()), () -> orders.markProcessing(packingParcel));
        Callers.as(Callers.producer(-111, group.id()), () -> orders.markProcessing(fixture.fulfilmentIds(first).getFirst()));
        Callers.as(Callers.producer(-111, group.id()), () -> orders.markShipped(fixture.fulfilmentIds(first).getFirst(), "JNE", "JNE-12341234"));

        Callers.signIn(Callers.producer(-111, group.id()));
        Div slot = slot();
        assertThat($(Paragraph.class, slot).withClassName("pb-parcels-counts").first().getText())
                .isEqualTo("Dibayar, belum dikemas: 2 · Sedang dikemas: 1");
        List<Anchor> items = $(Anchor.class, slot).withClassName("pb-parcels-item").all();
        assertThat(items).hasSize(3).allSatisfy(item -> assertThat(item.getHref()).isEqualTo("mitra/pesanan"));
        Anchor top = items.getFirst();
        assertThat($(Span.class, top).withClassName("pb-order-link").first().getText()).isEqualTo(newest);
        java.time.Instant created = fixture.jdbc().sql("SELECT created_at FROM customer_order WHERE number = ?").param(newest)
                .query(java.sql.Timestamp.class).single().toInstant();
        String expected = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.of("id")).withZone(ZoneId.of("Asia/Jakarta")).format(created) + " WIB";
        assertThat(top.getElement().getTextRecursively()).contains(expected).doesNotContain("WIB WIB");
        assertThat($(Anchor.class, slot).withClassName("pb-parcels-all").first().getHref()).isEqualTo("mitra/pesanan");
        assertThat(slot.getElement().getOuterHTML()).doesNotContain("<img src=x").doesNotContain(first);
        assertThat($(Paragraph.class).withClassName("pb-portal-done").all()).isEmpty();
    }

    @Test
    void a_member_of_another_group_sees_none_of_these_parcels() {
        String number = order(true);
        Callers.signIn(Callers.producer(-112, fixture.banten().id()));
        Div slot = slot();
        assertThat(slot.getElement().getOuterHTML()).doesNotContain(number);
        assertThat(Callers.as(Callers.producer(-112, fixture.banten().id()), () -> orders.forMyGroup()))
                .noneMatch(row -> row.groupId() == group.id());
    }
}
