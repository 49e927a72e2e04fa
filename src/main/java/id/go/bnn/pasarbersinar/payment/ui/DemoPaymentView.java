package id.go.bnn.pasarbersinar.payment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout.Choice;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout.DemoSession;

/**
 * The demo provider's payment page, standing in for Stripe's when no Stripe key is set: marked as a demo in which no
 * money moves, it shows what the order costs and lets the buyer pay, fail or abandon, then goes back to the shop.
 * Anyone holding the address (an unguessable session id) may use it, as at Stripe. For a method chosen at checkout it
 * shows what that method's page would ({@link DemoMethodPanel}): a QRIS code, a virtual account number with its
 * deadline, an e-wallet's confirmation.
 */
@Route("bayar/demo/:session")
@AnonymousAllowed
@StyleSheet("styles/payment.css")
class DemoPaymentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DemoCheckout demo;

    DemoPaymentView(DemoCheckout demo) {
        this.demo = demo;
        addClassName("pb-demo-payment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String sessionId = event.getRouteParameters().get("session").orElse("");
        DemoSession session = demo.session(sessionId).orElseThrow(NotFoundException::new);
        CheckoutRequest request = session.request();
        removeAll();

        Paragraph banner = new Paragraph(getTranslation("payment.demo.banner"));
        banner.addClassName("pb-demo-payment-banner");
        PaymentMethod method = request.method();
        add(banner, new H1(method == null || method == PaymentMethod.CARD ? getTranslation("payment.demo.title")
                : getTranslation("payment.demo.method-title", getTranslation(method.nameKey()))));

        Paragraph order = new Paragraph(getTranslation("payment.demo.order") + " ");
        Span number = new Span(request.orderNumber());
        number.addClassName("pb-demo-order-number");
        order.add(number);
        add(order);

        for (CheckoutRequest.Parcel parcel : request.parcels()) {
            Div box = new Div();
            box.addClassName("pb-demo-parcel");
            box.add(new H2(parcel.groupName()));
            UnorderedList lines = new UnorderedList();
            for (CheckoutRequest.Item item : parcel.items()) {
                lines.add(line(item.quantity() + " × " + item.name(getLocale()), item.total().format()));
            }
            if (parcel.shipping().rupiah() > 0) {
                // A booth's charge ships nothing: no "Rp 0" shipping line.
                lines.add(line(getTranslation("payment.demo.shipping"), parcel.shipping().format()));
            }
            box.add(lines);
            add(box);
        }

        Paragraph total = new Paragraph(getTranslation("payment.demo.total") + " ");
        Span amount = new Span(request.total().format());
        amount.addClassName("pb-demo-total");
        total.add(amount);
        add(total);

        if (!session.open()) {
            add(new Paragraph(getTranslation("payment.demo.closed")));
            return;
        }
        if (method != null && method != PaymentMethod.CARD) {
            add(new DemoMethodPanel(session, choice -> choose(sessionId, choice)));
            return;
        }
        Button pay = new Button(getTranslation("payment.demo.pay"), click -> choose(sessionId, Choice.PAY));
        pay.addThemeVariants(ButtonVariant.PRIMARY);
        pay.addClassName("pb-demo-pay");
        Button fail = new Button(getTranslation("payment.demo.fail"), click -> choose(sessionId, Choice.FAIL));
        fail.addThemeVariants(ButtonVariant.ERROR);
        fail.addClassName("pb-demo-fail");
        Button abandon = new Button(getTranslation("payment.demo.abandon"), click -> choose(sessionId, Choice.ABANDON));
        abandon.addThemeVariants(ButtonVariant.TERTIARY);
        abandon.addClassName("pb-demo-abandon");
        Div buttons = new Div(pay, fail, abandon);
        buttons.addClassName("pb-demo-buttons");
        add(buttons, new Paragraph(getTranslation("payment.demo.explain")));
    }

    private void choose(String sessionId, Choice choice) {
        demo.choose(sessionId, choice).ifPresent(next -> UI.getCurrent().getPage().setLocation(next));
    }

    private static ListItem line(String what, String amount) {
        Span price = new Span(amount);
        price.addClassName("pb-demo-amount");
        ListItem item = new ListItem(new Span(what), price);
        item.addClassName("pb-demo-line");
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.demo.title") + " | " + getTranslation("shell.brand");
    }
}
