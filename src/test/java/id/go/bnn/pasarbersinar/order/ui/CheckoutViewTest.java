package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Places;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The checkout page in a browserless UI: a bad phone number or e-mail address is refused with a message at the field
 * and at the top, and nothing happens: no order, no reserved stock, the cart untouched, the buyer still on the page.
 */
@SpringBootTest
class CheckoutViewTest extends SpringBrowserlessTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";

    @Autowired
    OrderFixture fixture;
    @Autowired
    Places places;
    @Autowired
    Regions regions;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private CheckoutView checkoutWith(long variant, int quantity, String email, String phone) {
        UI.getCurrent().navigate("keranjang", QueryParameters.simple(Map.of("tambah", String.valueOf(variant), "jumlah", String.valueOf(quantity))));
        CheckoutView view = navigate("checkout", CheckoutView.class);
        view.name.setValue("Maria Bete");
        view.email.setValue(email);
        view.phone.setValue(phone);
        view.province.setValue(regions.province("53").orElseThrow());
        view.regency.setValue(places.regencies("53").getFirst());
        view.district.setValue(places.districts(view.regency.getValue().code()).getFirst());
        view.postalCode.setValue("85111");
        view.street.setValue("Jl. El Tari No. 5, RT 01/RW 02");
        return view;
    }

    private int ordersTo(String email) {
        return fixture.jdbc().sql("SELECT COUNT(*) FROM customer_order WHERE buyer_email = ?").param(email).query(Integer.class).single();
    }

    private String error() {
        return $(Paragraph.class).withClassName("pb-order-error").first().getText();
    }

    @Test
    void a_phone_number_that_is_not_indonesian_is_refused_at_the_field_and_changes_nothing() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas checkout telepon");
        String email = "telepon." + System.nanoTime() + "@contoh.id";
        CheckoutView view = checkoutWith(tas, 2, email, "12345");

        test(view.pay).click();

        assertThat(error()).isEqualTo("Masukkan nomor HP Indonesia, misalnya 0812 3456 7890.");
        assertThat(view.phone.isInvalid()).isTrue();
        assertThat(view.phone.getErrorMessage()).isEqualTo("Masukkan nomor HP Indonesia, misalnya 0812 3456 7890.");
        assertThat(view.email.isInvalid()).isFalse();
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.pay.isEnabled()).isTrue();
        assertThat(ordersTo(email)).isZero();
        assertThat(fixture.stock(tas)).isEqualTo(5);

        // corrected, the same page places the order
        view.phone.setValue("0812 3456 7890");
        test(view.pay).click();
        assertThat(ordersTo(email)).isEqualTo(1);
        assertThat(fixture.stock(tas)).isEqualTo(3);
    }

    @Test
    void a_malformed_email_address_is_refused_at_the_field_and_changes_nothing() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas checkout surel");
        CheckoutView view = checkoutWith(tas, 1, "maria(at)contoh.id", "+62 812 3456 7890");

        test(view.pay).click();

        assertThat(error()).isEqualTo("Masukkan alamat e-mail yang benar.");
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.phone.isInvalid()).isFalse();
        assertThat(ordersTo("maria(at)contoh.id")).isZero();
        assertThat(fixture.stock(tas)).isEqualTo(5);
        navigate("keranjang", CartView.class);
        assertThat($(Section.class).withClassName("pb-parcel").all()).hasSize(1);
    }

    @Test
    void names_and_titles_on_the_checkout_page_are_shown_as_text_never_as_markup() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, ATTACK);
        CheckoutView view = checkoutWith(tas, 1, "suntik." + System.nanoTime() + "@contoh.id", "12");
        view.name.setValue(ATTACK);
        view.street.setValue("Jl. " + ATTACK);
        view.notes.setValue(ATTACK);

        test(view.pay).click();

        String html = view.getElement().getOuterHTML();
        assertThat(html).contains("1 × &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }
}
