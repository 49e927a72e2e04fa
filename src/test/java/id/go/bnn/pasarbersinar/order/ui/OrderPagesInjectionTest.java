package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whatever a buyer or a producer typed (a product title, the buyer's name, street and notes) is shown as text on the
 * cart, the buyer's order list and the group's parcel list, never as markup. (The checkout, order and demo payment
 * pages have theirs in CheckoutViewTest, CartViewTest and DemoPaymentViewTest.)
 */
class OrderPagesInjectionTest extends OrderPageSetUp {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    private String paidOrderTypedByAnAttacker(long variant) {
        return fixture.paidOrder(fixture.cart(variant, 1), fixture.form("53", ATTACK, "Jl. " + ATTACK, ATTACK));
    }

    @Test
    void a_product_title_in_the_cart_is_text() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, ATTACK);
        UI.getCurrent().navigate("keranjang", QueryParameters.simple(Map.of("tambah", String.valueOf(tas), "jumlah", "1")));

        assertThat(getCurrentView()).isInstanceOf(CartView.class);
        assertThat($(Anchor.class).withClassName("pb-line-name").first().getText()).startsWith(ATTACK);
        assertThat($view(Image.class).all()).isEmpty();
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");
    }

    @Test
    void the_buyers_name_and_titles_in_the_groups_parcel_list_are_text() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, ATTACK);
        String number = paidOrderTypedByAnAttacker(tas);

        Callers.signIn(Callers.producer(-9401, fixture.ntt().id()));
        GroupOrdersView view = navigate("mitra/pesanan", GroupOrdersView.class);

        Div row = $(Div.class).withClassName("pb-fulfilment-row").all().stream()
                .filter(candidate -> candidate.getElement().getOuterHTML().contains(number)).findFirst().orElseThrow();
        assertThat(row.getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("<img").doesNotContain("</script><");
    }

    @Test
    void the_signed_in_buyers_order_list_is_text() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, ATTACK);
        String number = paidOrderTypedByAnAttacker(tas);
        long buyer = -9400 - (System.nanoTime() % 1000);
        fixture.jdbc().sql("UPDATE customer_order SET account_id = ? WHERE number = ?").params(buyer, number).update();

        Callers.signIn(Callers.buyer(buyer));
        MyOrdersView view = navigate("pesanan", MyOrdersView.class);

        assertThat($(Anchor.class).withClassName("pb-order-link").all()).extracting(Anchor::getText).contains(number);
        assertThat($(Paragraph.class).withClassName("pb-order-items").all()).extracting(Paragraph::getText).contains(ATTACK);
        assertThat(view.getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");
    }

    @Test
    void the_order_list_names_what_was_bought_the_first_three_lines_and_how_many_more() {
        Map<Long, Integer> lines = new java.util.LinkedHashMap<>();
        String[] titles = {"Selendang Ikat Fatululi", "Tas Anyaman Olo", "Kemeja Tenun Kupang", "Dompet Eceng Gondok"};
        for (int i = 0; i < titles.length; i++) {
            lines.put(fixture.variant(fixture.ntt(), 5, 100_000 + i, titles[i]), i == 1 ? 2 : 1);
        }
        PlacedOrder order = checkout.place(fixture.cart(lines), fixture.form());
        long buyer = -9500 - (System.nanoTime() % 1000);
        fixture.jdbc().sql("UPDATE customer_order SET account_id = ? WHERE number = ?").params(buyer, order.number()).update();

        Callers.signIn(Callers.buyer(buyer));
        navigate("pesanan", MyOrdersView.class);

        assertThat($(Paragraph.class).withClassName("pb-order-items").all()).extracting(Paragraph::getText)
                .containsExactly("Selendang Ikat Fatululi, Tas Anyaman Olo \u00d7 2, Kemeja Tenun Kupang dan 1 barang lain");
    }
}
