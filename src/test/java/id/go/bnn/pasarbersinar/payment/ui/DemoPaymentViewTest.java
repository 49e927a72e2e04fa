package id.go.bnn.pasarbersinar.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.payment.Orders;
import id.go.bnn.pasarbersinar.payment.PaymentEvents;
import id.go.bnn.pasarbersinar.payment.PaymentRedirect;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The demo provider's page: marked as a demo, shows what is paid for, and its buttons decide the payment. */
@SpringBootTest
@Import(PaymentEvents.class)
class DemoPaymentViewTest extends SpringBrowserlessTest {

    static final String INJECTION = "</script><img src=x onerror=alert(1)>";

    @Autowired
    Payments payments;
    @Autowired
    PaymentEvents events;

    @Test
    void the_demo_page_says_no_real_money_moves_and_shows_the_order_number_parcels_and_total() {
        String order = Orders.newOrderNumber();
        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order));

        navigate(redirect.url().substring(1), DemoPaymentView.class);

        assertThat($(Paragraph.class).withClassName("pb-demo-payment-banner").first().getText()).startsWith("DEMO — tidak ada uang sungguhan");
        assertThat($(H1.class).first().getText()).isEqualTo("Pembayaran (demo)");
        assertThat($(Span.class).withClassName("pb-demo-order-number").first().getText()).isEqualTo(order);
        assertThat($(Span.class).withClassName("pb-demo-total").first().getText()).isEqualTo("Rp 180.000");
        assertThat($(H2.class).all()).extracting(H2::getText).containsExactly("Kelompok Harapan Baru", "Anyaman Lombok");
        assertThat($view(Button.class).all()).extracting(Button::getText).containsExactly("Bayar", "Gagal", "Batalkan");
    }

    @Test
    void a_payment_without_shipping_shows_no_shipping_line_while_a_parcel_with_shipping_does() {
        String booth = Orders.newOrderNumber();
        PaymentRedirect noShipping = payments.startCheckout(new CheckoutRequest(booth, null, Money.rupiah(85_000),
                List.of(new CheckoutRequest.Parcel(1, "Penjahit Tenun Fatululi", Money.ZERO, List.of(new CheckoutRequest.Item("Selendang tenun", 1,
                        Money.rupiah(85_000))))), "http://localhost/kasir", "http://localhost/kasir"));

        navigate(noShipping.url().substring(1), DemoPaymentView.class);

        assertThat($(ListItem.class).withClassName("pb-demo-line").all()).extracting(item -> item.getElement().getTextRecursively())
                .singleElement().asString().contains("Selendang tenun").doesNotContain("Ongkos kirim").doesNotContain("Rp 0");
        navigate(payments.startCheckout(Orders.twoParcels(Orders.newOrderNumber())).url().substring(1), DemoPaymentView.class);
        assertThat($(ListItem.class).withClassName("pb-demo-line").all()).extracting(item -> item.getElement().getTextRecursively())
                .filteredOn(text -> text.contains("Ongkos kirim")).hasSize(2);
    }

    @Test
    void the_pay_button_pays_the_order_once() {
        String order = Orders.newOrderNumber();
        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order));
        navigate(redirect.url().substring(1), DemoPaymentView.class);

        test($(Button.class).withClassName("pb-demo-pay").first()).click();

        assertThat(events.succeeded(order)).hasSize(1);
        navigate(redirect.url().substring(1), DemoPaymentView.class);
        assertThat($view(Button.class).all()).isEmpty();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Pembayaran ini sudah selesai atau ditutup.");
    }

    @Test
    void the_fail_and_abandon_buttons_fail_the_payment_with_their_reason() {
        String failed = Orders.newOrderNumber();
        navigate(payments.startCheckout(Orders.twoParcels(failed)).url().substring(1), DemoPaymentView.class);
        test($(Button.class).withClassName("pb-demo-fail").first()).click();

        String abandoned = Orders.newOrderNumber();
        navigate(payments.startCheckout(Orders.twoParcels(abandoned)).url().substring(1), DemoPaymentView.class);
        test($(Button.class).withClassName("pb-demo-abandon").first()).click();

        assertThat(events.failed(failed)).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("failed"));
        assertThat(events.failed(abandoned)).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("abandoned"));
    }

    @Test
    void names_on_the_demo_page_are_shown_as_text_never_as_markup() {
        String order = Orders.newOrderNumber();
        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order, INJECTION, INJECTION));

        navigate(redirect.url().substring(1), DemoPaymentView.class);

        assertThat($(H2.class).first().getText()).isEqualTo(INJECTION);
        assertThat($(Span.class).all()).extracting(Span::getText).contains("2 × " + INJECTION);
        assertThat($view(Image.class).all()).isEmpty();
        Component page = $(DemoPaymentView.class).single();
        String html = page.getElement().getOuterHTML();
        assertThat(html).doesNotContain("<img").doesNotContain("</script>").contains("&lt;/script&gt;&lt;img");
    }
}
