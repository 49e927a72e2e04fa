package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order page after a payment that failed or was abandoned: it says so, and the buyer gets the items back in the cart. */
class OrderViewTest extends OrderPageSetUp {

    @Test
    void after_an_abandoned_payment_the_buyer_is_told_and_puts_the_items_back_in_the_cart_with_one_click() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas dicoba lagi");
        long sold = fixture.variant(fixture.banten(), 1, 90_000, "Batik keburu habis");
        PlacedOrder order = checkout.place(fixture.cart(new java.util.LinkedHashMap<>(Map.of(tas, 2, sold, 1))), fixture.form());
        demo.choose(fixture.paymentSession(order.number()), DemoCheckout.Choice.ABANDON);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.orderStatus(order.number()).equals("EXPIRED"));
        fixture.setStock(sold, 0);

        open(order);

        assertThat(getCurrentView()).isInstanceOf(OrderView.class);
        assertThat($(H1.class).first().getElement().getTextRecursively()).isEqualTo("Pesanan " + order.number());
        assertThat($(Span.class).withClassName("pb-order-number").first().getText()).isEqualTo(order.number());
        assertThat($(Paragraph.class).withClassName("pb-order-state").first().getText())
                .isEqualTo("Pembayaran tidak selesai; pesanan ditutup dan stok dikembalikan.");
        test($(Button.class).withClassName("pb-buy-again").first()).click();

        assertThat(getCurrentView()).isInstanceOf(CartView.class);
        assertThat($(Anchor.class).withClassName("pb-line-name").all()).extracting(Anchor::getText)
                .singleElement().asString().startsWith("Tas dicoba lagi");
        assertThat(fixture.stock(tas)).isEqualTo(5);
    }

    @Test
    void a_paid_order_offers_no_buy_again() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        PlacedOrder order = checkout.place(fixture.cart(tas, 1), fixture.form());
        pay(order);

        open(order);

        assertThat($(Button.class).withClassName("pb-buy-again").all()).isEmpty();
        assertThat($(Paragraph.class).withClassName("pb-order-state").first().getText()).isEqualTo("Pembayaran diterima. Terima kasih!");
    }

    @Test
    void an_order_still_awaiting_its_payment_is_followed_from_the_first_render_and_a_paid_one_is_not() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        PlacedOrder waiting = checkout.place(fixture.cart(tas, 1), fixture.form());

        open(waiting);

        assertThat($(Paragraph.class).withClassName("pb-order-state-awaiting_payment").all()).hasSize(1);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(OrderView.POLL_MILLIS);

        pay(waiting);
        UI.getCurrent().navigate("");
        open(waiting);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
