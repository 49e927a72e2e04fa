package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may give money back, as the service decides whatever the page shows: administrators, curators of the parcel's
 * province and the group that ships it refund; the buyer may only cancel before shipment; everyone else nothing.
 */
@SpringBootTest
class RefundAccessTest {

    @Autowired
    Checkout checkout;
    @Autowired
    Orders orders;
    @Autowired
    OrderFixture fixture;
    @Autowired
    OrderLinks links;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private String paidOrder() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        return fixture.paidOrder(fixture.cart(tas, 2), fixture.form());
    }

    private long line(long parcel) {
        return fixture.jdbc().sql("SELECT id FROM order_line WHERE fulfilment_id = ?").param(parcel).query(Long.class).single();
    }

    private int refunds(long parcel) {
        return fixture.jdbc().sql("SELECT COUNT(*) FROM order_refund WHERE fulfilment_id = ?").param(parcel).query(Integer.class).single();
    }

    @Test
    void administrators_curators_of_the_province_and_the_shipping_group_refund_and_nobody_else() {
        String number = paidOrder();
        long parcel = fixture.fulfilmentIds(number).getFirst();
        long line = line(parcel);
        for (Caller outsider : List.of(Callers.curator(-120, "36"), Callers.producer(-121, fixture.banten().id()), Callers.buyer(-122),
                Caller.ANONYMOUS)) {
            assertThatThrownBy(() -> Callers.as(outsider, () -> orders.refund(parcel, Map.of(line, 1), false))).as(outsider.getName())
                    .isInstanceOf(AccessDeniedException.class);
        }
        // The buyer's signed link lets it cancel, never choose a refund.
        Callers.signOut();
        assertThat(orders.find(number, links.token(number))).isPresent();
        assertThatThrownBy(() -> orders.refund(parcel, Map.of(line, 1), false)).isInstanceOf(AccessDeniedException.class);
        assertThat(refunds(parcel)).isZero();

        Callers.as(Callers.admin(-123), () -> orders.refund(parcel, Map.of(line, 1), false));
        assertThat(refunds(parcel)).isEqualTo(1);
        Callers.as(Callers.curator(-124, "53"), () -> orders.refund(parcel, Map.of(line, 1), false));
        assertThat(refunds(parcel)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.jdbc().sql("SELECT refunded FROM fulfilment WHERE id = ?")
                .param(parcel).query(Long.class).single() == 300_000L);
        // Both items are back: nothing is left to refund, not even by the rightful group.
        assertThatThrownBy(() -> Callers.as(Callers.producer(-125, fixture.ntt().id()), () -> orders.refund(parcel, Map.of(line, 1), false)))
                .hasMessage("order.refund.error.quantity");
    }

    @Test
    void cancelling_after_shipment_and_refunding_an_unpaid_parcel_are_refused() {
        String number = paidOrder();
        long parcel = fixture.fulfilmentIds(number).getFirst();
        Callers.as(Callers.producer(-126, fixture.ntt().id()), () -> orders.markShipped(parcel, "JNE", "JNE-77778888"));
        assertThatThrownBy(() -> Callers.as(Callers.admin(-127), () -> orders.cancel(parcel, null))).hasMessage("order.error.not-cancellable");
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("SHIPPED");

        PlacedOrder unpaid = checkout.place(fixture.cart(fixture.variant(fixture.ntt(), 5, 150_000), 1), fixture.form());
        long unpaidParcel = fixture.fulfilmentIds(unpaid.number()).getFirst();
        assertThatThrownBy(() -> Callers.as(Callers.admin(-127), () -> orders.refund(unpaidParcel, Map.of(), false)))
                .hasMessage("order.error.not-refundable");
        assertThat(refunds(unpaidParcel)).isZero();
    }
}
