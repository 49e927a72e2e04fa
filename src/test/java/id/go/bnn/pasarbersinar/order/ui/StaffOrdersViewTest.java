package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.order.FulfilmentRow;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.StaffOrderRows;
import id.go.bnn.pasarbersinar.order.StaffOrders;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code /staf/pesanan}: search, filters and page in the address, unreadable addresses answered with a message and
 * the unfiltered first page, a curator's provinces only, and typed names shown as text.
 */
@SpringBootTest
class StaffOrdersViewTest extends SpringBrowserlessTest {

    static final String ATTACK = "</script><img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Autowired
    StaffOrderRows rows;
    @Autowired
    StaffOrders staffOrders;

    @BeforeEach
    void sign_in_as_administrator() {
        Callers.signIn(Callers.admin(-7801));
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    private StaffOrdersView open(Map<String, String> parameters) {
        UI.getCurrent().navigate("staf/pesanan", QueryParameters.simple(parameters));
        assertThat(getCurrentView()).isInstanceOf(StaffOrdersView.class);
        return (StaffOrdersView) getCurrentView();
    }

    private List<String> listed() {
        return $(Anchor.class).withClassName("pb-order-link").all().stream().map(Anchor::getText).toList();
    }

    private TextField words() {
        return $(TextField.class).withClassName("pb-staff-orders-words").single();
    }

    private String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void an_address_with_a_search_lists_the_matching_orders_and_fills_the_form() {
        StaffOrderRows.Group group = rows.group(unique("Tenun Alamat"), "Q5");
        String shipped = rows.order(group, "Ani", "ani@contoh.id", FulfilmentStatus.SHIPPED, Instant.parse("2026-06-02T03:00:00Z"));
        rows.order(group, "Budi", "budi@contoh.id", FulfilmentStatus.PAID, Instant.parse("2026-06-02T04:00:00Z"));
        rows.order(group, "Citra", "citra@contoh.id", FulfilmentStatus.SHIPPED, Instant.parse("2026-07-02T03:00:00Z"));

        open(Map.of("q", group.name(), "keadaan", "dikirim", "dari", "2026-06-01", "sampai", "2026-06-30"));

        assertThat(listed()).containsExactly(shipped);
        assertThat(words().getValue()).isEqualTo(group.name());
        assertThat($(Select.class).first().getValue()).isEqualTo(FulfilmentStatus.SHIPPED);
        assertThat($(DatePicker.class).all()).extracting(DatePicker::getValue).containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertThat($(Paragraph.class).withClassName("pb-staff-orders-problem").all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void searching_puts_the_filter_in_the_address_so_that_a_link_keeps_it() {
        StaffOrderRows.Group group = rows.group(unique("Gerabah Cari"), "Q5");
        String buyer = unique("Yosef Kefi");
        String wanted = rows.order(group, buyer, "yosef@contoh.id", FulfilmentStatus.DELIVERED, Instant.now());
        rows.order(group, "Orang Lain", "lain@contoh.id", FulfilmentStatus.DELIVERED, Instant.now());
        open(Map.of());

        words().setValue(buyer);
        ((Select<FulfilmentStatus>) $(Select.class).first()).setValue(FulfilmentStatus.DELIVERED);
        test($(Button.class).withClassName("pb-staff-orders-search").first()).click();

        assertThat(listed()).containsExactly(wanted);
        String address = address();
        assertThat(address).startsWith("staf/pesanan?").contains("keadaan=diterima").contains("q=" + buyer.replace(" ", "%20"));
        open(QueryParameters.fromString(address.substring(address.indexOf('?') + 1)).getParameters().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getFirst())));
        assertThat(listed()).containsExactly(wanted);
    }

    @Test
    void a_page_holds_fifty_parcels_and_the_next_page_the_following_ones() {
        StaffOrderRows.Group group = rows.group(unique("Rotan Lima Puluh"), "Q5");
        List<String> newestFirst = new ArrayList<>();
        Instant start = Instant.parse("2026-08-01T03:00:00Z");
        for (int i = 0; i < StaffOrdersView.PAGE_SIZE + 5; i++) {
            newestFirst.addFirst(rows.order(group, "Pembeli " + i, "p" + i + "@contoh.id", FulfilmentStatus.PAID, start.plusSeconds(60L * i)));
        }

        open(Map.of("q", group.name()));
        assertThat(listed()).containsExactlyElementsOf(newestFirst.subList(0, StaffOrdersView.PAGE_SIZE));
        assertThat($(Anchor.class).withClassName("pb-page-previous").all()).isEmpty();
        String next = $(Anchor.class).withClassName("pb-page-next").first().getHref();
        assertThat(next).contains("halaman=2").contains("q=");

        open(Map.of("q", group.name(), "halaman", "2"));
        assertThat(listed()).containsExactlyElementsOf(newestFirst.subList(StaffOrdersView.PAGE_SIZE, newestFirst.size()));
        assertThat($(Anchor.class).withClassName("pb-page-next").all()).isEmpty();
        assertThat($(Anchor.class).withClassName("pb-page-previous").first().getHref()).doesNotContain("halaman").contains("q=");
    }

    @Test
    void an_unreadable_address_says_so_and_shows_the_unfiltered_first_page() {
        StaffOrderRows.Group group = rows.group(unique("Kopi Rusak"), "Q5");
        rows.order(group, "Ani", "ani@contoh.id", FulfilmentStatus.PAID, Instant.now());
        List<Map<String, String>> unreadable = List.of(Map.of("q", group.name(), "dari", "abc"), Map.of("q", group.name(), "keadaan", "hilang"),
                Map.of("q", group.name(), "halaman", "-1"), Map.of("q", group.name(), "sampai", "2026-13-45"),
                Map.of("q", group.name(), "halaman", "99999999999"), Map.of("q", group.name(), "dari", "2026-06-30", "sampai", "2026-06-01"));
        for (Map<String, String> parameters : unreadable) {
            open(parameters);
            List<String> unfiltered = staffOrders.find(StaffOrders.Filter.NONE, 1, StaffOrdersView.PAGE_SIZE).rows().stream()
                    .map(FulfilmentRow::orderNumber).toList();

            Paragraph problem = $(Paragraph.class).withClassName("pb-staff-orders-problem").first();
            assertThat(problem.getText()).as(parameters.toString()).startsWith("Alamat ini memuat filter yang tidak dapat dibaca");
            assertThat(listed()).as(parameters.toString()).containsExactlyElementsOf(unfiltered);
            assertThat(words().getValue()).isEmpty();
        }
    }

    @Test
    void a_curator_sees_only_the_parcels_of_its_provinces() {
        String name = unique("Songket Kurator");
        StaffOrderRows.Group mine = rows.group(name + " A", "Q6");
        StaffOrderRows.Group theirs = rows.group(name + " B", "Q7");
        String inMine = rows.order(mine, "Ani", "ani@contoh.id", FulfilmentStatus.PAID, Instant.now());
        rows.order(theirs, "Budi", "budi@contoh.id", FulfilmentStatus.PAID, Instant.now());

        Callers.signIn(Callers.curator(-7802, "Q6"));
        open(Map.of("q", name));
        assertThat(listed()).containsExactly(inMine);
        open(Map.of());
        assertThat($(Div.class).withClassName("pb-fulfilment-row").all()).isNotEmpty()
                .allMatch(row -> row.getElement().getTextRecursively().contains(name + " A") || !row.getElement().getTextRecursively().contains(name));

        Callers.signIn(Callers.buyer(-7803));
        UI.getCurrent().navigate("staf/pesanan");
        assertThat(getCurrentView()).isNotInstanceOf(StaffOrdersView.class);
    }

    @Test
    void typed_buyer_and_group_names_are_text() {
        StaffOrderRows.Group group = rows.group(ATTACK + " " + System.nanoTime(), "Q5");
        String number = rows.order(group, ATTACK, "ani@contoh.id", FulfilmentStatus.PAID, Instant.now());

        Component view = open(Map.of("q", number));
        assertThat(listed()).containsExactly(number);
        Div row = $(Div.class).withClassName("pb-fulfilment-row").first();
        assertThat(row.getElement().getTextRecursively()).contains(group.name(), ATTACK + " · ");
        assertThat($view(Image.class).all()).isEmpty();
        assertThat(view.getElement().getOuterHTML()).contains(ESCAPED).doesNotContain("<img").doesNotContain("</script><");

        open(Map.of("q", ATTACK));
        assertThat(words().getValue()).isEqualTo(ATTACK);
        assertThat($view(Image.class).all()).isEmpty();
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("<img");
    }
}
