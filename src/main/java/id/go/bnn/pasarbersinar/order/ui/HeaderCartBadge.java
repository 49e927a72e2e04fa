package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.server.VaadinSession;
import id.go.bnn.pasarbersinar.order.Cart;
import id.go.bnn.pasarbersinar.order.GuestCart;
import id.go.bnn.pasarbersinar.shell.CartBadge;
import org.springframework.stereotype.Component;

/** The header's cart count: the signed-in buyer's saved cart, or this session's guest cart. */
@Component
class HeaderCartBadge implements CartBadge {

    private final Cart cart;

    HeaderCartBadge(Cart cart) {
        this.cart = cart;
    }

    @Override
    public int itemCount() {
        VaadinSession session = VaadinSession.getCurrent();
        GuestCart guest = session != null && session.getSession().getAttribute(GuestCart.SESSION_ATTRIBUTE) instanceof GuestCart g ? g : null;
        return cart.itemCount(guest);
    }
}
