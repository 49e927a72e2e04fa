package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture;
import id.go.bnn.pasarbersinar.exhibition.BoothOrders;
import id.go.bnn.pasarbersinar.order.DeliveryAddress;
import id.go.bnn.pasarbersinar.order.OrderOnBehalf;
import id.go.bnn.pasarbersinar.order.PlacedOnBehalf;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The order page of an order a seller took at an exhibition booth for a buyer abroad, opened with the mailed link: the
 * address in the international order with the country, and whatever the seller typed (name, address lines) as text.
 */
class BoothOrderPageTest extends OrderPageSetUp {

    @Autowired
    BoothFixture booths;
    @Autowired
    BoothOrders orders;

    @Test
    void the_address_abroad_is_shown_as_typed_and_never_as_markup() {
        BoothFixture.Booth booth = booths.openBooth(0);
        BoothFixture.Seller seller = booths.seller(booth);
        long variant = booths.allocated(booth, 90_000, 1, "Tas anyaman Olo");
        String attack = OrderPagesInjectionTest.ATTACK;
        PlacedOnBehalf placed = BoothFixture.as(seller.caller(), () -> orders.place(booth.groupId(), new OrderOnBehalf(booth.exhibitionId(),
                List.of(new OrderOnBehalf.Line(variant, 1)), "Anna " + attack, "wien-" + UUID.randomUUID().toString().substring(0, 8) + "@example.at",
                "+43 1 234 5678", DeliveryAddress.abroad("AT", "Wagramer Straße 5\n" + attack, "1220", "Wien"), null, Locale.ENGLISH)));

        String token = placed.orderUrl().substring(placed.orderUrl().indexOf("?t=") + 3);
        UI.getCurrent().navigate("pesanan/" + placed.number(), QueryParameters.simple(Map.of("t", token)));

        assertThat(getCurrentView()).isInstanceOf(OrderView.class);
        Section address = $(Section.class).withClassName("pb-order-address").first();
        assertThat($(ListItem.class).from(address).all()).extracting(ListItem::getText)
                .containsExactly("Anna " + attack, "Wagramer Straße 5", attack, "1220 Wien", "AUSTRIA", "+4312345678");
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(OrderPagesInjectionTest.ESCAPED).doesNotContain("<img");
    }
}
