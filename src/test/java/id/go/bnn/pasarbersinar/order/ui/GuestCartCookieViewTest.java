package id.go.bnn.pasarbersinar.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import id.go.bnn.pasarbersinar.order.Cart;
import id.go.bnn.pasarbersinar.order.GuestCart;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Putting something in the cart gives the browser the cart's cookie; the cart itself is in the database. */
class GuestCartCookieViewTest extends OrderPageSetUp {

    @Autowired
    Cart cart;

    @Test
    void the_first_item_in_the_cart_sets_its_cookie_and_the_lines_are_readable_by_the_key_alone() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas kue uji");
        UI.getCurrent().navigate("keranjang", QueryParameters.simple(Map.of("tambah", String.valueOf(tas), "jumlah", "2")));

        GuestCart guest = (GuestCart) VaadinSession.getCurrent().getSession().getAttribute(GuestCart.SESSION_ATTRIBUTE);
        assertThat(guest).isNotNull();
        VaadinServletResponse response = (VaadinServletResponse) VaadinResponse.getCurrent();
        assertThat(response.getHttpServletResponse().getHeaders("Set-Cookie"))
                .anySatisfy(header -> assertThat(header).startsWith(GuestCart.COOKIE + "=" + guest.key() + ";")
                        .contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").contains("Max-Age="));

        // Another node has a new session: all it gets is the cookie's value.
        VaadinSession.getCurrent().getSession().removeAttribute(GuestCart.SESSION_ATTRIBUTE);
        assertThat(cart.contents(GuestCart.of(guest.key()).orElseThrow()).itemCount()).isEqualTo(2);
    }
}
