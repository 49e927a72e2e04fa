package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.order.Cart;
import id.go.bnn.pasarbersinar.order.GuestCart;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** At sign-in, what a guest put in its cart (named by its session or its cookie) joins the account's cart. */
@Component
class CartMerge {

    private final Cart cart;

    CartMerge(Cart cart) {
        this.cart = cart;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof Caller caller) || !caller.isSignedIn()
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return;
        }
        HttpSession session = request.getRequest().getSession(false);
        if (session != null && session.getAttribute(GuestCart.SESSION_ATTRIBUTE) instanceof GuestCart guest) {
            cart.mergeIntoAccount(guest, caller.accountId());
        }
        // The session may be new (its node went away): the cookie still names the cart.
        GuestCart.fromCookies(request.getRequest().getCookies()).ifPresent(guest -> cart.mergeIntoAccount(guest, caller.accountId()));
    }
}
