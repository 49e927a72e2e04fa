package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The shopping cart behind the header's cart link. Nothing can be put in it until checkout arrives with the
 * order issue, so today it truthfully says it is empty and leads back to the products.
 */
@Route("keranjang")
@AnonymousAllowed
class CartView extends Div implements HasDynamicTitle {

    CartView() {
        addClassName("pb-cart");
        Anchor browse = new Anchor("/", getTranslation("order.cart.browse"));
        browse.addClassName("pb-button");
        add(new H1(getTranslation("order.cart.title")), new Paragraph(getTranslation("order.cart.empty")), browse);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.cart.title") + " | " + getTranslation("shell.brand");
    }
}
