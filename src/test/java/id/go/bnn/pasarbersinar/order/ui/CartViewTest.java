package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import id.go.bnn.pasarbersinar.order.CheckoutForm;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import org.junit.jupiter.api.Test;

class CartViewTest extends OrderPageSetUp {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";

    private void add(long variant, int quantity) {
        UI.getCurrent().navigate("keranjang", QueryParameters.simple(Map.of("tambah", String.valueOf(variant), "jumlah", String.valueOf(quantity))));
    }

    private void open(String path, String token) {
        UI.getCurrent().navigate(path, QueryParameters.simple(Map.of("t", token)));
    }

    @Test
    void an_empty_cart_says_so_and_leads_back_to_the_products() {
        navigate("keranjang", CartView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Keranjang belanja");
        assertThat($(Paragraph.class).first().getText()).isEqualTo("Keranjang Anda masih kosong.");
        assertThat($(Anchor.class).withClassName("pb-button").first().getHref()).isEqualTo("/");
    }

    @Test
    void adding_from_the_product_page_groups_items_by_producer_group() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas anyaman uji");
        long batik = fixture.variant(fixture.banten(), 5, 200_000, "Batik uji");
        add(tas, 2);
        add(batik, 1);
        assertThat(getCurrentView()).isInstanceOf(CartView.class);
        assertThat($(Section.class).withClassName("pb-parcel").all()).hasSize(2);
        assertThat($(Paragraph.class).withClassName("pb-cart-total").first().getText()).contains("Rp 500.000");
        assertThat($(Anchor.class).withClassName("pb-checkout-link").first().getHref()).isEqualTo("checkout");
    }

    @Test
    void the_cart_opens_at_the_top_and_stays_where_it_is_when_a_quantity_changes() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas gulir uji");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        add(tas, 1); // as the product page's button does, from wherever that page was scrolled to

        assertThat(scrollsToTop()).as("arriving from the product page").isTrue();
        navigate("keranjang", CartView.class);
        assertThat(scrollsToTop()).as("through the header's cart link").isTrue();
        test($(IntegerField.class).withClassName("pb-line-quantity").first()).setValue(2);
        assertThat($(IntegerField.class).withClassName("pb-line-quantity").first().getValue()).isEqualTo(2);
        assertThat(scrollsToTop()).as("after a change in the cart itself").isFalse();
    }

    @Test
    void a_quantity_changed_right_after_adding_from_the_product_page_is_the_quantity_in_the_cart() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas jumlah uji");
        add(tas, 1);

        test($(IntegerField.class).withClassName("pb-line-quantity").first()).setValue(2);

        assertThat($(IntegerField.class).withClassName("pb-line-quantity").first().getValue()).isEqualTo(2);
        test($(IntegerField.class).withClassName("pb-line-quantity").first()).setValue(1);
        assertThat($(IntegerField.class).withClassName("pb-line-quantity").first().getValue()).isEqualTo(1);
        assertThat($(Section.class).withClassName("pb-parcel").all()).hasSize(1);
    }

    private static boolean scrollsToTop() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .anyMatch(call -> call.getInvocation().getExpression().contains("window.scrollTo(0, 0)"));
    }

    @Test
    void more_than_the_stock_is_refused_with_a_message() {
        long tas = fixture.variant(fixture.ntt(), 2, 150_000);
        add(tas, 3);
        assertThat($(Paragraph.class).withClassName("pb-order-error").first().getText()).contains("Stok tinggal 2");
    }

    @Test
    void a_sold_out_item_is_flagged_and_blocks_checkout() {
        long tas = fixture.variant(fixture.ntt(), 2, 150_000);
        add(tas, 1);
        fixture.setStock(tas, 0);
        navigate("keranjang", CartView.class);
        assertThat($(Span.class).withClassName("pb-line-problem").first().getText()).isEqualTo("Habis");
        assertThat($(Anchor.class).withClassName("pb-checkout-link").all()).isEmpty();
    }

    @Test
    void a_changed_price_is_shown_before_paying() {
        long tas = fixture.variant(fixture.ntt(), 2, 150_000);
        add(tas, 1);
        fixture.setPrice(tas, 175_000);
        navigate("keranjang", CartView.class);
        assertThat($(Span.class).withClassName("pb-line-price-changed").first().getText()).contains("Rp 150.000");
        assertThat($(Anchor.class).withClassName("pb-checkout-link").all()).isEmpty();
    }

    @Test
    void the_order_page_shows_typed_text_escaped_and_nothing_without_the_signed_link() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000);
        CheckoutForm form = fixture.form("53", ATTACK, "Jl. " + ATTACK, ATTACK);
        PlacedOrder order = checkout.place(fixture.cart(tas, 1), form);

        open(order);
        assertThat(getCurrentView()).isInstanceOf(OrderView.class);
        String html = getCurrentView().getElement().getOuterHTML();
        assertThat(html).contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat($(Paragraph.class).withClassName("pb-order-state").first().getText()).contains("Menunggu konfirmasi");

        navigate("pesanan/" + order.number(), Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(OrderView.class);
        open("pesanan/" + order.number(), "forged");
        assertThat(getCurrentView()).isNotInstanceOf(OrderView.class);
    }
}
