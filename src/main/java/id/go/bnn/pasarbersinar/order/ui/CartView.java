package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.order.Cart;
import id.go.bnn.pasarbersinar.order.CartContents;
import id.go.bnn.pasarbersinar.order.GuestCart;
import id.go.bnn.pasarbersinar.order.OrderException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cart: one box per producer group (each ships its own parcel), each line checked against today's stock and
 * price. A sold-out or withdrawn line is flagged and blocks checkout; a changed price is shown beside the old one.
 * {@code ?tambah=<variant>&jumlah=<n>} (from the product page's button) puts an item in first.
 */
@Route("keranjang")
@AnonymousAllowed
@StyleSheet("styles/order.css")
class CartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Navigations that return to where the visitor was on the cart page: a refresh after a change, back and forward. */
    private static final Set<NavigationTrigger> STAYING = EnumSet.of(NavigationTrigger.REFRESH, NavigationTrigger.REFRESH_ROUTE,
            NavigationTrigger.HISTORY);

    private final Cart cart;
    private Paragraph message;

    CartView(Cart cart) {
        this.cart = cart;
        addClassName("pb-cart");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        message = null;
        QueryParameters query = event.getLocation().getQueryParameters();
        List<String> adding = query.getParameters().getOrDefault("tambah", List.of());
        // A refresh after a change in the cart keeps the address it came with: the item it names is already in.
        boolean refresh = event.getTrigger() == NavigationTrigger.REFRESH || event.getTrigger() == NavigationTrigger.REFRESH_ROUTE;
        if (!adding.isEmpty() && !refresh) {
            try {
                long variant = Long.parseLong(adding.getFirst());
                int quantity = Integer.parseInt(query.getParameters().getOrDefault("jumlah", List.of("1")).getFirst());
                GuestCart guest = OrderPages.guestCart();
                cart.add(guest, variant, quantity);
                OrderPages.keep(guest);
                // A reload must not add the item again: the address loses its query.
                event.getUI().getPage().getHistory().replaceState(null, "keranjang");
            } catch (NumberFormatException e) {
                message = OrderPages.problem(this, new OrderException("order.cart.error.unavailable"));
            } catch (OrderException e) {
                message = OrderPages.problem(this, e);
            }
        }
        show();
        if (!STAYING.contains(event.getTrigger())) {
            // A server-side navigation keeps the window's scroll: from far down the product page the shorter cart
            // would open at its bottom. A change made in the cart itself (a refresh) or the back button keeps it.
            event.getUI().getPage().executeJs("window.scrollTo(0, 0)");
        }
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("order.cart.title")));
        if (message != null) {
            add(message);
        }
        GuestCart guest = OrderPages.guestCart();
        CartContents contents = cart.contents(guest);
        if (contents.isEmpty()) {
            Anchor browse = new Anchor("/", getTranslation("order.cart.browse"));
            browse.addClassName("pb-button");
            add(new Paragraph(getTranslation("order.cart.empty")), browse);
            return;
        }
        Locale locale = getLocale();
        for (CartContents.Parcel parcel : contents.parcels()) {
            Section box = new Section(new H2(getTranslation("order.cart.parcel", parcel.groupName())));
            box.addClassName("pb-parcel");
            for (CartContents.Line line : parcel.lines()) {
                box.add(line(guest, line, locale));
            }
            Paragraph subtotal = new Paragraph(getTranslation("order.cart.subtotal", parcel.itemsTotal().format()));
            subtotal.addClassName("pb-parcel-subtotal");
            box.add(subtotal);
            add(box);
        }
        if (contents.anyPriceChanged()) {
            Paragraph changed = new Paragraph(getTranslation("order.cart.prices-changed"));
            changed.addClassName("pb-order-warning");
            Button accept = new Button(getTranslation("order.cart.accept-prices"), click -> {
                cart.acceptPrices(guest);
                OrderPages.keep(guest);
                show();
            });
            add(changed, accept);
        }
        Paragraph total = new Paragraph(getTranslation("order.cart.total", contents.itemsTotal().format()));
        total.addClassName("pb-cart-total");
        add(total);
        if (contents.payable() && !contents.anyPriceChanged()) {
            Anchor checkout = new Anchor("checkout", getTranslation("order.cart.checkout"));
            checkout.addClassNames("pb-button", "pb-checkout-link");
            add(checkout);
        } else if (!contents.payable()) {
            Paragraph blocked = new Paragraph(getTranslation("order.cart.not-payable"));
            blocked.addClassName("pb-order-warning");
            add(blocked);
        }
    }

    private Div line(GuestCart guest, CartContents.Line line, Locale locale) {
        Anchor name = new Anchor("produk/" + line.item().slug(), line.item().label(locale));
        name.addClassName("pb-line-name");
        Span price = new Span(line.unitPrice().format());
        price.addClassName("pb-line-price");
        Div row = new Div(name, price);
        row.addClassName("pb-line");
        if (line.priceChanged()) {
            Span was = new Span(getTranslation("order.cart.price-was", line.priceAdded().format()));
            was.addClassName("pb-line-price-changed");
            row.add(was);
        }
        if (line.problem() != null) {
            Span flag = new Span(getTranslation(switch (line.problem()) {
                case SOLD_OUT -> "order.cart.problem.sold_out";
                case NOT_ENOUGH -> "order.cart.problem.not_enough";
                case WITHDRAWN -> "order.cart.problem.withdrawn";
            }, line.item().stock()));
            flag.addClassName("pb-line-problem");
            row.add(flag);
        }
        IntegerField quantity = new IntegerField();
        quantity.setAriaLabel(getTranslation("order.cart.quantity", line.item().label(locale)));
        quantity.setValue(line.quantity());
        quantity.setMin(0);
        quantity.setMax(Cart.MAX_QUANTITY);
        quantity.setStepButtonsVisible(true);
        quantity.addClassName("pb-line-quantity");
        quantity.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                try {
                    cart.setQuantity(guest, line.variantId(), change.getValue() == null ? 0 : change.getValue());
                    OrderPages.keep(guest);
                    message = null;
                    refresh();
                } catch (OrderException e) {
                    message = OrderPages.problem(this, e);
                    show();
                }
            }
        });
        Button remove = new Button(getTranslation("order.cart.remove"), click -> {
            cart.remove(guest, line.variantId());
            OrderPages.keep(guest);
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addClassName("pb-line-remove");
        Div controls = new Div(quantity, remove);
        controls.addClassName("pb-line-controls");
        row.add(controls);
        return row;
    }

    /** Shows the cart again and lets the header count follow. */
    private void refresh() {
        getUI().ifPresentOrElse(ui -> ui.refreshCurrentRoute(false), this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.cart.title") + " | " + getTranslation("shell.brand");
    }
}
