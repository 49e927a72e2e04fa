package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.bnn.pasarbersinar.mail.TestMailServer;
import id.go.bnn.pasarbersinar.order.internal.OrderJobs;
import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Parcels after payment: the full demo-payment flow, shipping, delivery, cancelling and refunds, and the mails. */
@SpringBootTest
class OrdersTest {

    @Autowired
    Checkout checkout;
    @Autowired
    Orders orders;
    @Autowired
    StaffOrders staffOrders;
    @Autowired
    OrderFixture fixture;
    @Autowired
    OrderJobs jobs;
    @Autowired
    OrderLinks links;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private String paidOrder(long... variants) {
        Map<Long, Integer> lines = new java.util.LinkedHashMap<>();
        for (long variant : variants) {
            lines.put(variant, 2);
        }
        return fixture.paidOrder(fixture.cart(lines), fixture.form("53", "Maria Bete", "Jl. El Tari No. 5", null));
    }

    @Test
    void the_demo_payment_pays_the_order_and_mails_the_buyer_a_signed_tracking_link() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        String number = paidOrder(tas);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.mailsTo("pembeli@contoh.id").stream()
                .anyMatch(mail -> GreenMailUtil.getBody(mail).contains(number)));
        String body = TestMailServer.mailsTo("pembeli@contoh.id").stream().map(GreenMailUtil::getBody)
                .filter(text -> text.contains(number)).findFirst().orElseThrow().replace("=\r\n", "");
        assertThat(body).contains("/pesanan/" + number + "?t=");
    }

    @Test
    void a_group_ships_its_parcel_and_the_buyer_confirms_delivery() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        String number = paidOrder(tas);
        long parcel = fixture.fulfilmentIds(number).getFirst();
        Callers.signIn(Callers.producer(900, fixture.ntt().id()));

        assertThatThrownBy(() -> orders.markShipped(parcel, "JNE", "x")).hasMessage("order.ship.error.tracking");
        orders.markProcessing(parcel);
        orders.markShipped(parcel, "JNE", "JNE-0012345678");
        assertThatThrownBy(() -> orders.markShipped(parcel, "JNE", "JNE-0012345678")).hasMessage("order.error.transition");
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("SHIPPED");

        Callers.signOut();
        assertThat(orders.find(number, null)).isEmpty();
        String token = links.token(number);
        assertThat(orders.find(number, "forged")).isEmpty();
        assertThat(orders.find(number, token).orElseThrow().buyer()).isTrue();
        orders.confirmDelivery(parcel, token);
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("DELIVERED");
    }

    @Test
    void illegal_transitions_are_refused() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        PlacedOrder unpaid = checkout.place(fixture.cart(tas, 1), fixture.form());
        long parcel = fixture.fulfilmentIds(unpaid.number()).getFirst();
        Callers.signIn(Callers.producer(900, fixture.ntt().id()));
        assertThatThrownBy(() -> orders.markShipped(parcel, "JNE", "JNE-0012345678")).hasMessage("order.error.transition");
        assertThatThrownBy(() -> orders.markProcessing(parcel)).hasMessage("order.error.transition");
        assertThat(fixture.fulfilmentStatuses(unpaid.number())).containsExactly("AWAITING_PAYMENT");
    }

    @Test
    void parcels_shipped_longer_ago_than_the_confirmation_period_count_as_delivered() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        String number = paidOrder(tas);
        long parcel = fixture.fulfilmentIds(number).getFirst();
        Callers.as(Callers.producer(900, fixture.ntt().id()), () -> orders.markShipped(parcel, "POS", "POS-99887766"));
        fixture.shippedDaysAgo(parcel, 15);

        Caller.runAsSystem(() -> jobs.confirmDeliveries());

        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("DELIVERED");
    }

    @Test
    void cancelling_before_shipment_refunds_the_parcel_and_restocks_it() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        String number = paidOrder(tas);
        long parcel = fixture.fulfilmentIds(number).getFirst();
        assertThat(fixture.stock(tas)).isEqualTo(3);

        Callers.as(Callers.curator(901, "53"), () -> orders.cancel(parcel, null));

        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("CANCELLED");
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.stock(tas) == 5);
        assertThatThrownBy(() -> Callers.as(Callers.curator(901, "53"), () -> orders.cancel(parcel, null)))
                .hasMessage("order.error.not-cancellable");
    }

    @Test
    void a_partial_refund_returns_some_items_and_keeps_the_parcel_going() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        String number = paidOrder(tas);
        long parcel = fixture.fulfilmentIds(number).getFirst();
        long line = fixture.jdbc().sql("SELECT id FROM order_line WHERE fulfilment_id = ?").param(parcel).query(Long.class).single();

        Callers.as(Callers.producer(900, fixture.ntt().id()), () -> orders.refund(parcel, Map.of(line, 1), false));

        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.jdbc().sql("SELECT refunded FROM fulfilment WHERE id = ?")
                .param(parcel).query(Long.class).single() == 150_000L);
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("PAID");
        assertThat(fixture.stock(tas)).isEqualTo(3);
        assertThatThrownBy(() -> Callers.as(Callers.producer(900, fixture.ntt().id()), () -> orders.refund(parcel, Map.of(line, 2), false)))
                .hasMessage("order.refund.error.quantity");
    }

    @Test
    void the_packing_slip_names_the_sender_with_its_place_and_phone_and_each_item_in_both_languages() throws Exception {
        long tas = fixture.bilingualVariant(fixture.ntt(), 5, 150_000, "Tas slip pengirim", "Sender slip bag");
        String number = paidOrder(tas);
        long parcel = fixture.fulfilmentIds(number).getFirst();
        fixture.jdbc().sql("UPDATE producer_group SET contact_phone = '+6281234567890' WHERE id = ?").param(fixture.ntt().id()).update();
        var group = fixture.jdbc().sql("SELECT name, regency FROM producer_group WHERE id = ?").param(fixture.ntt().id())
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).single();

        byte[] pdf = Callers.as(Callers.producer(902, fixture.ntt().id()), () -> orders.packingSlip(parcel));

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Pengirim / Sender: " + group[0]).contains(group[1]).contains("+6281234567890")
                    .contains("Kepada / To: Maria Bete")
                    .contains("Tas slip pengirim (Cokelat) / Sender slip bag (Brown) 2");
        }
    }

    @Test
    void a_group_sees_only_its_own_parcel_of_an_order_of_two_groups() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        long batik = fixture.variant(fixture.banten(), 5, 200_000);
        String number = paidOrder(tas, batik);
        OrderDetails seen = Callers.as(Callers.producer(900, fixture.ntt().id()), () -> orders.find(number, null)).orElseThrow();
        assertThat(seen.parcels()).extracting(OrderDetails.Parcel::groupId).containsExactly(fixture.ntt().id());
        assertThat(Callers.as(Callers.producer(900, fixture.ntt().id()), () -> orders.forMyGroup()))
                .extracting(FulfilmentRow::orderNumber).contains(number);
        assertThat(Callers.as(Callers.curator(901, "36"), () -> staffOrders.find(StaffOrders.Filter.NONE, 1, StaffOrders.MAX_PAGE_SIZE).rows()))
                .allSatisfy(row -> assertThat(row.provinceCode()).isEqualTo("36"));
    }
}
