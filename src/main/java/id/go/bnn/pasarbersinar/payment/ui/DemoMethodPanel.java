package id.go.bnn.pasarbersinar.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout.Choice;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout.DemoSession;
import id.go.bnn.pasarbersinar.payment.internal.DemoQris;
import id.go.bnn.pasarbersinar.payment.internal.DemoVirtualAccount;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.util.function.Consumer;

/**
 * What the demo page shows for a method chosen at checkout, in place of Midtrans's page: for QRIS a real QR code of a
 * demo payload with "paid" and "expired"; for a virtual account the bank, a number derived from the order, the amount
 * and the deadline, with "mark paid" and "let it expire" (the buyer may also leave and come back from the order page);
 * for an e-wallet "pay with …" and "cancel". Each says that no real money moves.
 */
class DemoMethodPanel extends Div {

    DemoMethodPanel(DemoSession session, Consumer<Choice> choose) {
        CheckoutRequest request = session.request();
        PaymentMethod method = request.method();
        addClassNames("pb-demo-method", "pb-demo-method-" + method.kind().name().toLowerCase(java.util.Locale.ROOT));
        String deadline = ShopTime.dateTime(session.payableUntil(), getLocale());
        Div buttons = new Div();
        buttons.addClassName("pb-demo-buttons");
        switch (method.kind()) {
            case QR -> {
                String payload = DemoQris.payload(request.orderNumber(), request.total());
                Image code = new Image(DemoQris.pngDataUrl(payload), getTranslation("payment.demo.qris.alt", request.total().format()));
                code.addClassName("pb-demo-qris");
                code.getElement().setAttribute("data-payload", payload);
                add(code, note("payment.demo.qris.scan"), deadline(deadline));
                buttons.add(button(getTranslation("payment.demo.qris.paid"), "pb-demo-pay", ButtonVariant.PRIMARY, () -> choose.accept(Choice.PAY)),
                        button(getTranslation("payment.demo.expire"), "pb-demo-expire", ButtonVariant.ERROR, () -> choose.accept(Choice.EXPIRE)));
            }
            case VIRTUAL_ACCOUNT -> {
                Span bank = new Span(getTranslation(method.nameKey()));
                bank.addClassName("pb-demo-va-bank");
                Span number = new Span(DemoVirtualAccount.number(method, request.orderNumber()));
                number.addClassName("pb-demo-va-number");
                Div account = new Div(new Paragraph(getTranslation("payment.demo.va.bank")), bank,
                        new Paragraph(getTranslation("payment.demo.va.number")), number);
                account.addClassName("pb-demo-va");
                add(account, note("payment.demo.va.how"), deadline(deadline));
                buttons.add(button(getTranslation("payment.demo.va.paid"), "pb-demo-pay", ButtonVariant.PRIMARY, () -> choose.accept(Choice.PAY)),
                        button(getTranslation("payment.demo.expire"), "pb-demo-expire", ButtonVariant.ERROR, () -> choose.accept(Choice.EXPIRE)));
                Anchor later = new Anchor(request.successUrl(), getTranslation("payment.demo.va.later"));
                later.addClassNames("pb-button-secondary", "pb-demo-later");
                add(buttons, later);
                return;
            }
            case E_WALLET -> {
                add(note("payment.demo.wallet.how"), deadline(deadline));
                buttons.add(button(getTranslation("payment.demo.wallet.pay", getTranslation(method.nameKey())), "pb-demo-pay",
                                ButtonVariant.PRIMARY, () -> choose.accept(Choice.PAY)),
                        button(getTranslation("payment.demo.wallet.cancel"), "pb-demo-abandon", ButtonVariant.TERTIARY, () -> choose.accept(Choice.ABANDON)));
            }
            case CARD -> throw new IllegalArgumentException("A card is paid on the general demo page");
        }
        add(buttons);
    }

    private Paragraph note(String key) {
        Paragraph note = new Paragraph(getTranslation(key));
        note.addClassName("pb-demo-note");
        return note;
    }

    private Paragraph deadline(String when) {
        Paragraph deadline = new Paragraph(getTranslation("payment.demo.deadline", when));
        deadline.addClassName("pb-demo-deadline");
        return deadline;
    }

    private Button button(String text, String className, ButtonVariant variant, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(variant);
        button.addClassName(className);
        button.setDisableOnClick(true);
        return button;
    }
}
