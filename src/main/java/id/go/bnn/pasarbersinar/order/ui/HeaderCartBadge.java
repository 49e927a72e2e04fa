package id.go.bnn.pasarbersinar.order.ui;

import id.go.bnn.pasarbersinar.order.Cart;
import id.go.bnn.pasarbersinar.shell.CartBadge;
import org.springframework.stereotype.Component;

/** The header's cart count: the signed-in buyer's saved cart, or this browser's guest cart. */
@Component
class HeaderCartBadge implements CartBadge {

    private final Cart cart;

    HeaderCartBadge(Cart cart) {
        this.cart = cart;
    }

    @Override
    public int itemCount() {
        return cart.itemCount(OrderPages.existingGuestCart());
    }
}
