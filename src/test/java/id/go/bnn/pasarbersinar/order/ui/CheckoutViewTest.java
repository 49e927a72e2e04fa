package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Places;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The checkout page in a browserless UI: a bad phone number or e-mail address is refused with a message at the field
 * and at the top, and nothing happens: no order, no reserved stock, the cart untouched, the buyer still on the page.
 * An empty form marks every missing field beside it and moves to the first.
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

    /** What the page asks the browser to run in the next response (focus, scroll), taken from the queue. */
    private static List<PendingJavaScriptInvocation> scripts() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
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
    void pay_on_an_empty_form_marks_each_missing_field_beside_it_and_moves_to_the_first() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas checkout kosong");
        UI.getCurrent().navigate("keranjang", QueryParameters.simple(Map.of("tambah", String.valueOf(tas), "jumlah", "1")));
        CheckoutView view = navigate("checkout", CheckoutView.class);
        scripts();

        test(view.pay).click();

        Map<HasValidation, String> expected = new LinkedHashMap<>();
        expected.put(view.name, "Masukkan nama penerima (paling banyak 120 huruf).");
        expected.put(view.email, "Masukkan alamat e-mail yang benar.");
        expected.put(view.phone, "Masukkan nomor HP Indonesia, misalnya 0812 3456 7890.");
        expected.put(view.province, "Pilih provinsi dari daftar.");
        expected.put(view.regency, "Pilih kabupaten/kota dari daftar.");
        expected.put(view.district, "Pilih kecamatan dari daftar.");
        expected.put(view.postalCode, "Kode pos terdiri dari 5 angka.");
        expected.put(view.street, "Masukkan alamat jalan (5 sampai 255 huruf).");
        expected.forEach((field, message) -> {
            assertThat(field.isInvalid()).as(message).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo(message);
        });
        assertThat(view.notes.isInvalid()).as("the optional notes are fine empty").isFalse();
        assertThat(error()).isEqualTo("Ada 8 isian yang perlu diperbaiki; masing-masing ditandai di bawah.");
        List<PendingJavaScriptInvocation> calls = scripts();
        assertThat(calls).filteredOn(call -> call.getInvocation().getExpression().contains("focus"))
                .as("the first missing field, and only it, takes the focus")
                .singleElement().satisfies(call -> assertThat(call.getOwner()).isSameAs(view.name.getElement().getNode()));
        assertThat(calls).filteredOn(call -> call.getInvocation().getExpression().contains("scrollIntoView"))
                .singleElement().satisfies(call -> assertThat(call.getOwner()).isSameAs(view.name.getElement().getNode()));
        assertThat(view.pay.isEnabled()).isTrue();

        // With the contact filled in, the next press moves to the first field still missing: the province.
        view.name.setValue("Maria Bete");
        view.email.setValue("kosong." + System.nanoTime() + "@contoh.id");
        view.phone.setValue("0812 3456 7890");
        test(view.pay).click();
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.province.isInvalid()).isTrue();
        assertThat(scripts())
                .filteredOn(call -> call.getInvocation().getExpression().contains("focus"))
                .singleElement().satisfies(call -> assertThat(call.getOwner()).isSameAs(view.province.getElement().getNode()));
        assertThat(ordersTo(view.email.getValue())).isZero();
        assertThat(fixture.stock(tas)).isEqualTo(5);
    }

    @Test
    void an_english_buyer_reads_the_field_messages_in_english() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas checkout kosong en");
        UI.getCurrent().setLocale(LocalizedText.ENGLISH);
        UI.getCurrent().navigate("keranjang", QueryParameters.simple(Map.of("tambah", String.valueOf(tas), "jumlah", "1")));
        CheckoutView view = navigate("checkout", CheckoutView.class);

        test(view.pay).click();

        assertThat(view.name.getErrorMessage()).isEqualTo("Enter the recipient name (at most 120 characters).");
        assertThat(view.regency.getErrorMessage()).isEqualTo("Choose the regency or city from the list.");
        assertThat(view.postalCode.getErrorMessage()).isEqualTo("A postal code is 5 digits.");
        assertThat(error()).isEqualTo("8 fields need correcting; each is marked below.");
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
