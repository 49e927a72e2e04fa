package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What was bought is named in the reader's language from the payment page on (the order keeps both), times are
 * written one way, and the group's parcel list says what to pack.
 */
class OrderLanguageViewTest extends OrderPageSetUp {

    private static final String TIME = "\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} WIB";

    private PlacedOrder englishOrder(long variant, int quantity) {
        return checkout.place(fixture.cart(variant, quantity), fixture.form(), LocalizedText.ENGLISH, null);
    }

    private List<String> paragraphs(String className) {
        return $(Paragraph.class).withClassName(className).all().stream().map(Paragraph::getText).toList();
    }

    @Test
    void the_english_buyer_reads_english_names_on_the_demo_payment_page() {
        long bag = fixture.bilingualVariant(fixture.ntt(), 5, 150_000, "Tas halaman bayar", "Payment page bag");
        PlacedOrder order = englishOrder(bag, 1);

        UI.getCurrent().setLocale(LocalizedText.ENGLISH);
        UI.getCurrent().navigate(order.paymentUrl().substring(1));

        assertThat($(ListItem.class).withClassName("pb-demo-line").all()).extracting(item -> item.getElement().getTextRecursively())
                .anyMatch(text -> text.startsWith("1 × Payment page bag (Brown)"))
                .noneMatch(text -> text.contains("Tas halaman bayar"));
    }

    @Test
    void the_english_buyers_order_page_names_the_items_in_english_and_says_when_once() {
        long bag = fixture.bilingualVariant(fixture.ntt(), 5, 150_000, "Tas halaman pesanan", "Order page bag");
        PlacedOrder order = englishOrder(bag, 2);
        pay(order);

        UI.getCurrent().setLocale(LocalizedText.ENGLISH);
        open(order);

        List<String> lines = $(ListItem.class).all().stream().map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(lines).anyMatch(text -> text.startsWith("2 × Order page bag (Brown) — Rp 300.000")).noneMatch(text -> text.contains("Tas halaman"));
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).containsPattern(TIME).doesNotContain("WIB WIB");

        UI.getCurrent().setLocale(LocalizedText.INDONESIAN);
        open(order);
        assertThat($(ListItem.class).all()).extracting(item -> item.getElement().getTextRecursively())
                .anyMatch(text -> text.startsWith("2 × Tas halaman pesanan (Cokelat) — Rp 300.000"));
    }

    @Test
    void the_buyers_order_list_names_the_items_in_the_buyers_language() {
        long bag = fixture.bilingualVariant(fixture.ntt(), 5, 150_000, "Tas daftar pesanan", "Order list bag");
        PlacedOrder order = englishOrder(bag, 1);
        long buyer = -9600 - (System.nanoTime() % 1000);
        fixture.jdbc().sql("UPDATE customer_order SET account_id = ? WHERE number = ?").params(buyer, order.number()).update();

        Callers.signIn(Callers.buyer(buyer));
        UI.getCurrent().setLocale(LocalizedText.ENGLISH);
        navigate("pesanan", MyOrdersView.class);

        assertThat(paragraphs("pb-order-items")).contains("Order list bag (Brown)");
    }

    @Test
    void the_groups_parcel_list_says_what_to_pack_less_what_was_refunded() {
        long bag = fixture.bilingualVariant(fixture.ntt(), 5, 150_000, "Tas dikemas", "Packed bag");
        long cloth = fixture.variant(fixture.ntt(), 5, 90_000, "Selendang dikemas");
        String number = fixture.paidOrder(fixture.cart(new java.util.LinkedHashMap<>(Map.of(bag, 2, cloth, 1))), fixture.form());

        Callers.signIn(Callers.producer(-9701, fixture.ntt().id()));
        navigate("mitra/pesanan", GroupOrdersView.class);

        Div row = $(Div.class).withClassName("pb-fulfilment-row").all().stream()
                .filter(candidate -> candidate.getElement().getTextRecursively().contains(number)).findFirst().orElseThrow();
        UnorderedList contents = $(UnorderedList.class, row).withClassName("pb-parcel-contents").single();
        assertThat($(ListItem.class, contents).all()).extracting(ListItem::getText)
                .containsExactlyInAnyOrder("2 × Tas dikemas (Cokelat)", "1 × Selendang dikemas");
        assertThat(row.getElement().getTextRecursively()).containsPattern(TIME).doesNotContain("WIB WIB");
    }
}
