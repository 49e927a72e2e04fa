package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.order.CheckoutForm;
import id.go.bnn.pasarbersinar.order.Places;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.producer.Regions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How to pay on the pages: checkout offers exactly the provider's methods, each with its name and a line on how it
 * works, and places the order with the one picked; a single method is a line, not a choice; the order page names the
 * method and, while the order waits, links back to its payment page with the deadline. Typed text stays text there.
 */
class PaymentMethodViewTest extends OrderPageSetUp {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Autowired
    Payments payments;
    @Autowired
    Places places;
    @Autowired
    Regions regions;

    private CheckoutView checkoutOf(long variant, String email) {
        UI.getCurrent().navigate("keranjang", QueryParameters.simple(Map.of("tambah", String.valueOf(variant), "jumlah", "1")));
        CheckoutView view = navigate("checkout", CheckoutView.class);
        view.name.setValue("Yohana Ndun");
        view.email.setValue(email);
        view.phone.setValue("0812 3456 7890");
        view.province.setValue(regions.province("53").orElseThrow());
        view.regency.setValue(places.regencies("53").getFirst());
        view.district.setValue(places.districts(view.regency.getValue().code()).getFirst());
        view.postalCode.setValue("85111");
        view.street.setValue("Jl. Timor Raya No. 3");
        return view;
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<PaymentMethod> picker() {
        return $(RadioButtonGroup.class).withClassName("pb-checkout-method").single();
    }

    @Test
    void checkout_offers_exactly_the_available_methods_with_a_line_each_and_places_the_order_with_the_one_picked() {
        long tas = fixture.variant(fixture.ntt(), 5, 95_000, "Tas pilih cara bayar");
        String email = "cara.bayar." + System.nanoTime() + "@contoh.id";
        CheckoutView view = checkoutOf(tas, email);

        RadioButtonGroup<PaymentMethod> methods = picker();
        assertThat(methods.getListDataView().getItems().toList()).isEqualTo(payments.availableMethods());
        assertThat(methods.getValue()).isEqualTo(PaymentMethod.QRIS);
        assertThat($(Div.class).withClassName("pb-method-qris").single().getElement().getTextRecursively())
                .contains("QRIS").contains("Pindai kode dengan aplikasi bank atau dompet digital apa pun");

        methods.setValue(PaymentMethod.BCA_VA);
        test(view.pay).click();

        assertThat(fixture.jdbc().sql("SELECT payment_method FROM customer_order WHERE buyer_email = ?").param(email).query(String.class).list())
                .containsExactly("BCA_VA");
    }

    @Test
    void a_single_method_is_named_as_a_line_and_chosen() {
        navigate("keranjang", CartView.class);
        PaymentMethodPicker only = new PaymentMethodPicker(List.of(PaymentMethod.CARD));
        UI.getCurrent().add(only);

        assertThat(only.chosen()).isEqualTo("CARD");
        assertThat(only.missing()).isFalse();
        assertThat(only.getElement().getTextRecursively()).contains("Kartu kredit atau debit");
        assertThat(only.getElement().getOuterHTML()).doesNotContain("vaadin-radio");
        assertThat(new PaymentMethodPicker(List.of()).isVisible()).isFalse();
    }

    @Test
    void the_order_page_names_the_method_and_links_back_to_its_payment_page_while_it_waits() {
        long tas = fixture.variant(fixture.ntt(), 5, 95_000, ATTACK);
        CheckoutForm f = fixture.form("53", ATTACK, "Jl. " + ATTACK, ATTACK);
        PlacedOrder order = checkout.place(fixture.cart(tas, 1), new CheckoutForm(f.name(), f.email(), f.phone(), f.provinceCode(),
                f.regencyCode(), f.districtCode(), f.postalCode(), f.street(), f.notes(), null, "BRI_VA"));

        open(order);

        assertThat($(Paragraph.class).withClassName("pb-order-payment-method").single().getText()).isEqualTo("Cara bayar: Virtual account BRI");
        assertThat($(Anchor.class).withClassName("pb-how-to-pay").single().getHref()).isEqualTo(order.paymentUrl());
        assertThat($(Paragraph.class).withClassName("pb-order-pay-until").single().getText()).startsWith("Bayar paling lambat ");
        String html = getCurrentView().getElement().getOuterHTML();
        assertThat(html).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");

        pay(order);
        open(order);
        assertThat($(Paragraph.class).withClassName("pb-order-payment-method").single().getText()).isEqualTo("Cara bayar: Virtual account BRI");
        assertThat($(Anchor.class).withClassName("pb-how-to-pay").all()).isEmpty();
    }
}
