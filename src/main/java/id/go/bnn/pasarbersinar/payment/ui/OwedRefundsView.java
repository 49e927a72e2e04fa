package id.go.bnn.pasarbersinar.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.payment.OwedRefund;
import id.go.bnn.pasarbersinar.payment.OwedRefunds;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Finance staff: refunds owed to buyers who paid by virtual account (Midtrans cannot send that money back). One card
 * per refund with its next step: the buyer's bank details, the transfer made by hand (its bank reference), and the
 * confirmation by a second administrator.
 */
@Route("staf/refund-terutang")
@RolesAllowed("ADMIN")
@Menu(title = "payment.owed.menu", order = 94)
@StyleSheet("styles/payment.css")
class OwedRefundsView extends Div implements HasDynamicTitle {

    private final OwedRefunds owedRefunds;
    private final Div cards = new Div();

    OwedRefundsView(OwedRefunds owedRefunds) {
        this.owedRefunds = owedRefunds;
        addClassNames("pb-staff-page", "pb-owed-refunds");
        add(new H1(getTranslation("payment.owed.heading")), new Paragraph(getTranslation("payment.owed.explain")), cards);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.owed.heading");
    }

    private void refresh() {
        cards.removeAll();
        List<OwedRefund> open = owedRefunds.open();
        if (open.isEmpty()) {
            cards.add(new Paragraph(getTranslation("payment.owed.none")));
        }
        open.forEach(owed -> cards.add(card(owed)));
    }

    private Div card(OwedRefund owed) {
        Div card = new Div();
        card.addClassName("pb-owed-refund");
        card.add(new H2(getTranslation("payment.owed.order", owed.orderNumber())));
        card.add(line("payment.owed.amount", owed.amount().format()));
        card.add(line("payment.owed.kind", getTranslation(owed.kind() == OwedRefund.Kind.REFUND ? "payment.owed.kind.refund" : "payment.owed.kind.late")));
        card.add(line("payment.owed.status", getTranslation(switch (owed.status()) {
            case OWED -> "payment.owed.status.owed";
            case READY -> "payment.owed.status.ready";
            case RECORDED -> "payment.owed.status.recorded";
            case PAID -> "payment.owed.status.paid";
        })));
        if (owed.bankName() != null) {
            card.add(line("payment.owed.account", owed.bankName() + " " + owed.accountNumber() + " · " + owed.accountHolder()));
        }
        if (owed.transferReference() != null) {
            card.add(line("payment.owed.reference", owed.transferReference()));
        }
        switch (owed.status()) {
            case OWED, READY -> {
                TextField bank = field("payment.owed.bank", owed.bankName());
                TextField number = field("payment.owed.number", owed.accountNumber());
                TextField holder = field("payment.owed.holder", owed.accountHolder());
                Button save = new Button(getTranslation("payment.owed.save"),
                        click -> act(() -> owedRefunds.enterBankDetails(owed.refundId(), bank.getValue(), number.getValue(), holder.getValue())));
                save.addClassName("pb-owed-save");
                card.add(bank, number, holder, save);
                if (owed.status() == OwedRefund.Status.READY) {
                    TextField reference = field("payment.owed.reference", null);
                    Button record = new Button(getTranslation("payment.owed.record"),
                            click -> act(() -> owedRefunds.recordTransfer(owed.refundId(), reference.getValue())));
                    record.addClassName("pb-owed-record");
                    record.addThemeVariants(ButtonVariant.PRIMARY);
                    card.add(reference, record);
                }
            }
            case RECORDED -> {
                Button confirm = new Button(getTranslation("payment.owed.confirm"), click -> act(() -> owedRefunds.confirm(owed.refundId())));
                confirm.addClassName("pb-owed-confirm");
                confirm.addThemeVariants(ButtonVariant.PRIMARY);
                card.add(new Paragraph(getTranslation("payment.owed.four-eyes")), confirm);
            }
            case PAID -> {
                // Settled: no longer listed.
            }
        }
        return card;
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph();
        line.add(new Span(getTranslation(labelKey) + ": "), new Span(value));
        return line;
    }

    private TextField field(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setWidthFull();
        return field;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("payment.owed.done"));
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notification.show(getTranslation(errorKey(refused.getMessage())));
        }
        refresh();
    }

    /** The service refuses with a translation key; anything else reads as "moved on meanwhile". */
    private static String errorKey(String message) {
        return switch (message == null ? "" : message) {
            case "payment.owed.error.bank" -> "payment.owed.error.bank";
            case "payment.owed.error.holder" -> "payment.owed.error.holder";
            case "payment.owed.error.account" -> "payment.owed.error.account";
            case "payment.owed.error.reference" -> "payment.owed.error.reference";
            case "payment.owed.error.four-eyes" -> "payment.owed.error.four-eyes";
            default -> "payment.owed.error.state";
        };
    }
}
