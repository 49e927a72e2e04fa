package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import id.go.bnn.pasarbersinar.order.Cart;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.order.OrderStatus;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.order.ReturnCase;
import id.go.bnn.pasarbersinar.order.Returns;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One order: the buyer's page (signed in, or a guest with the signed link from the mail), the page the payment
 * provider sends the buyer back to, and the view of a group or staff member. Without the right to see it, the page
 * does not exist (404). While payment is unconfirmed it says "waiting for confirmation" and asks the provider itself,
 * every few seconds, rather than trusting the browser's return.
 */
@Route("pesanan/:number")
@AnonymousAllowed
@StyleSheet("styles/order.css")
class OrderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 3000;

    private final Orders orders;
    private final Cart cart;
    private final Returns returns;
    private List<ReturnCase> returnCases = List.of();
    private String number = "";
    private String token;
    private final Div messages = new Div();
    private Registration polling;
    /** Whether the page follows the order by polling: a payment or a refund still on its way. */
    private boolean following;

    OrderView(Orders orders, Cart cart, Returns returns) {
        this.orders = orders;
        this.cart = cart;
        this.returns = returns;
        addClassName("pb-order");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        token = query.getOrDefault("t", List.of()).stream().findFirst().orElse(null);
        OrderDetails order = orders.find(number, token).orElseThrow(NotFoundException::new);
        if (order.status() == OrderStatus.AWAITING_PAYMENT && order.buyer()) {
            orders.checkPayment(number, token);
            order = orders.find(number, token).orElseThrow(NotFoundException::new);
        }
        show(order);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // The first show() ran in beforeEnter, before the view had a UI: the polling it wanted starts here.
        attach.getUI().setPollInterval(following ? POLL_MILLIS : -1);
        polling = attach.getUI().addPollListener(poll -> {
            orders.find(number, token).ifPresent(order -> {
                if (order.status() == OrderStatus.AWAITING_PAYMENT) {
                    orders.checkPayment(number, token);
                    orders.find(number, token).ifPresent(this::show);
                } else {
                    // A refund on its way: the page follows it and keeps what was said on top.
                    showKeepingMessages(order);
                }
            });
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    void show(OrderDetails order) {
        messages.removeAll();
        showKeepingMessages(order);
    }

    private void showKeepingMessages(OrderDetails order) {
        removeAll();
        boolean refundOnItsWay = order.parcels().stream().anyMatch(parcel -> parcel.refundPending().rupiah() > 0);
        following = order.status() == OrderStatus.AWAITING_PAYMENT || refundOnItsWay;
        getUI().ifPresent(ui -> ui.setPollInterval(following ? POLL_MILLIS : -1));
        // The number stays on one line: "PB-2611-4K7Q" broken at a hyphen is hard to read out on the phone.
        String[] title = getTranslation("order.order.title", "\u0000").split("\u0000", -1);
        Span numberText = new Span(order.number());
        numberText.addClassName("pb-order-number");
        H1 heading = new H1();
        heading.add(new Text(title[0]), numberText, new Text(title.length > 1 ? title[1] : ""));
        add(heading);
        Paragraph placed = new Paragraph(getTranslation("order.order.placed", OrderPages.dateTime(this, order.createdAt())));
        Paragraph state = new Paragraph(getTranslation(switch (order.status()) {
            case AWAITING_PAYMENT -> "order.order.state.awaiting_payment";
            case PAID -> "order.order.state.paid";
            case EXPIRED -> "order.order.state.expired";
        }));
        state.addClassNames("pb-order-state", "pb-order-state-" + order.status().name().toLowerCase(Locale.ROOT));
        state.getElement().setAttribute("role", "status");
        add(placed, state);
        if (order.paymentMethod() != null) {
            Paragraph method = new Paragraph(getTranslation("order.order.payment-method", getTranslation(order.paymentMethod().nameKey())));
            method.addClassName("pb-order-payment-method");
            add(method);
        }
        if (order.status() == OrderStatus.AWAITING_PAYMENT && order.buyer()) {
            // A buyer who left the payment page (a virtual account is paid later, from an ATM) comes back to it here.
            orders.paymentPage(order.number(), token).ifPresent(page -> {
                Paragraph until = new Paragraph(getTranslation("order.order.pay-until", OrderPages.dateTime(this, order.reservedUntil())));
                until.addClassName("pb-order-pay-until");
                Anchor howToPay = new Anchor(page, getTranslation("order.order.how-to-pay"));
                howToPay.addClassNames("pb-button", "pb-how-to-pay");
                add(until, howToPay);
            });
        }
        add(messages);
        if (order.status() == OrderStatus.EXPIRED && order.buyer()) {
            Button again = new Button(getTranslation("order.order.buy-again"), click -> buyAgain(order));
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            again.addClassName("pb-buy-again");
            add(again);
        }

        OrderDetails.Contact contact = order.contact();
        Section address = new Section(new H2(getTranslation("order.order.ship-to")));
        address.addClassName("pb-order-address");
        UnorderedList lines = new UnorderedList();
        contact.addressLines().forEach(line -> lines.add(new ListItem(line)));
        address.add(lines);
        if (contact.notes() != null) {
            Paragraph notes = new Paragraph(getTranslation("order.order.notes", contact.notes()));
            notes.addClassName("pb-order-notes");
            address.add(notes);
        }
        add(address);

        returnCases = returns.ofOrder(order);
        for (OrderDetails.Parcel parcel : order.parcels()) {
            add(parcel(order, parcel));
        }
        Paragraph total = new Paragraph(getTranslation("order.order.total", order.total().format()));
        total.addClassName("pb-order-total");
        add(total);
    }

    private Section parcel(OrderDetails order, OrderDetails.Parcel parcel) {
        Section box = new Section(new H2(getTranslation("order.cart.parcel", parcel.groupName())), OrderPages.status(this, parcel.status()));
        box.addClassName("pb-parcel");
        UnorderedList items = new UnorderedList();
        for (OrderDetails.Line line : parcel.lines()) {
            ListItem item = new ListItem(line.quantity() + " × " + line.label().in(getLocale()) + " — " + line.total().format()
                    + (line.refundedQuantity() > 0 ? " (" + getTranslation("order.order.refunded-items", line.refundedQuantity()) + ")" : ""));
            if (order.buyer() && parcel.status() == FulfilmentStatus.DELIVERED) {
                // The review module's page, by its address (the order module does not depend on reviews); it checks again.
                com.vaadin.flow.component.html.Anchor review = new com.vaadin.flow.component.html.Anchor("ulasan/tulis/" + order.number()
                        + "?baris=" + line.lineId() + (token == null ? "" : "&t=" + java.net.URLEncoder.encode(token,
                                java.nio.charset.StandardCharsets.UTF_8)), getTranslation("order.order.write-review"));
                review.addClassName("pb-write-review");
                item.add(new com.vaadin.flow.component.html.Span(" "), review);
            }
            items.add(item);
        }
        box.add(items, new Paragraph(getTranslation("order.checkout.shipping", parcel.shipping().format())));

        if (parcel.trackingNumber() != null) {
            Paragraph tracking = new Paragraph(getTranslation("order.order.tracking", parcel.courier(), parcel.trackingNumber()));
            tracking.addClassName("pb-tracking");
            box.add(tracking);
        }
        if (parcel.refunded().rupiah() > 0) {
            Paragraph refunded = new Paragraph(getTranslation("order.order.refunded", parcel.refunded().format()));
            refunded.addClassName("pb-parcel-refunded");
            box.add(refunded);
        }
        if (parcel.refundPending().rupiah() > 0) {
            Paragraph pending = new Paragraph(getTranslation("order.order.refund-pending", parcel.refundPending().format()));
            pending.addClassName("pb-parcel-refund-pending");
            pending.getElement().setAttribute("role", "status");
            box.add(pending);
        }
        Div actions = new Div();
        actions.addClassName("pb-parcel-actions");
        Caller caller = Caller.current();
        if (order.buyer() || caller.actsFor(parcel.groupId())) {
            // The messages module answers this address; the order page only links to it.
            Anchor write = new Anchor("pesan/pesanan/" + order.number() + "/" + parcel.groupId() + (token == null ? "" : "?t=" + token),
                    getTranslation("order.order.write-to-group", parcel.groupName()));
            write.addClassNames("pb-button-secondary", "pb-parcel-message");
            actions.add(write);
        }
        if (order.buyer() && parcel.status() == FulfilmentStatus.SHIPPED) {
            Button received = action("order.order.confirm-delivery", () -> {
                orders.confirmDelivery(parcel.fulfilmentId(), token);
                return getTranslation("order.order.delivered-thanks");
            });
            received.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            received.addClassName("pb-confirm-delivery");
            actions.add(received);
        }
        if ((order.buyer() || caller.actsFor(parcel.groupId()) || caller.curates(parcel.provinceCode())) && parcel.status().cancellable()) {
            Button cancel = new Button(getTranslation("order.order.cancel"), click -> new CancelDialog(parcel, () -> {
                var back = orders.cancel(parcel.fulfilmentId(), token);
                return getTranslation("order.cancel.done", parcel.groupName(), back.format());
            }, this::done, this::refresh).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            cancel.addClassName("pb-cancel");
            actions.add(cancel);
        }
        if ((caller.actsFor(parcel.groupId()) || caller.curates(parcel.provinceCode())) && parcel.status().refundable()
                && parcel.refundable().rupiah() > 0) {
            Button refund = new Button(getTranslation("order.order.refund"), click -> new RefundDialog(parcel,
                    (quantities, restock) -> orders.refund(parcel.fulfilmentId(), quantities, restock), this::done, this::refresh).open());
            refund.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            refund.addClassName("pb-refund");
            actions.add(refund);
        }
        box.add(actions);
        returnsOf(order, parcel, box);
        return box;
    }

    /** The parcel's returns, and for its buyer the rule and the button to ask for one while that is possible. */
    private void returnsOf(OrderDetails order, OrderDetails.Parcel parcel, Section box) {
        if (order.buyer() && returns.canAsk(parcel)) {
            Paragraph rule = new Paragraph(getTranslation("order.return.rule", returns.window().toDays()));
            rule.addClassName("pb-return-rule");
            Button ask = new Button(getTranslation("order.return.ask"), click -> new ReturnDialog(returns, order.number(), parcel, token,
                    this::done, this::refresh).open());
            ask.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            ask.addClassName("pb-return-ask");
            box.add(rule, ask);
        }
        returnCases.stream().filter(item -> item.fulfilmentId() == parcel.fulfilmentId())
                .forEach(item -> box.add(new ReturnCard(returns, item, order.buyer(), token, false, this::done)));
    }

    private void refresh() {
        orders.find(number, token).ifPresent(this::show);
    }

    /** After a dialog's action: the page again as it stands now, with what happened said on top. */
    private void done(String message) {
        orders.find(number, token).ifPresent(this::show);
        messages.removeAll();
        Paragraph notice = new Paragraph(message);
        notice.addClassName("pb-order-saved");
        notice.getElement().setAttribute("role", "status");
        messages.add(notice);
    }

    /**
     * After a failed or abandoned payment the cart was already emptied for this order: put its items back (what is
     * still on sale and in stock; the cart page says what is not) so the buyer can try again.
     */
    private void buyAgain(OrderDetails order) {
        var guest = OrderPages.guestCart();
        for (OrderDetails.Parcel parcel : order.parcels()) {
            for (OrderDetails.Line line : parcel.lines()) {
                try {
                    cart.add(guest, line.variantId(), line.quantity());
                } catch (OrderException soldOutOrWithdrawn) {
                    // left out; the buyer sees the rest in the cart
                }
            }
        }
        OrderPages.keep(guest);
        getUI().ifPresent(ui -> ui.navigate(CartView.class));
    }

    private Button action(String key, java.util.function.Supplier<String> work) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                String message = work.get();
                done(message);
            } catch (OrderException e) {
                orders.find(number, token).ifPresent(this::show);
                messages.removeAll();
                messages.add(OrderPages.problem(this, e));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.order.title", number) + " | " + getTranslation("shell.brand");
    }
}
