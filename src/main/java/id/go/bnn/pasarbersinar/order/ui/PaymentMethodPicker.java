package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import java.util.List;

/**
 * How the buyer pays: one radio button per method the shop offers, each with its name and a line on how it works, one
 * under the other so that a phone shows them whole. With a single method there is nothing to choose: it is named as
 * a line. The first offered (QRIS where it is offered: what every phone in Indonesia knows) starts chosen, so that
 * a buyer who does not care pays as most do; the checkout refuses a choice it does not offer.
 */
class PaymentMethodPicker extends Section {

    final RadioButtonGroup<PaymentMethod> choice = new RadioButtonGroup<>();
    private final List<PaymentMethod> offered;

    PaymentMethodPicker(List<PaymentMethod> offered) {
        this.offered = List.copyOf(offered);
        addClassNames("pb-checkout-section", "pb-checkout-methods");
        if (offered.isEmpty()) {
            setVisible(false);
            return;
        }
        add(new H2(getTranslation("order.checkout.payment-method")));
        if (offered.size() == 1) {
            Div only = describe(offered.getFirst());
            only.addClassName("pb-checkout-method-only");
            add(only);
            return;
        }
        choice.setItems(offered);
        choice.setRenderer(new ComponentRenderer<>(this::describe));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setRequiredIndicatorVisible(true);
        choice.setAriaLabel(getTranslation("order.checkout.payment-method"));
        choice.addClassName("pb-checkout-method");
        choice.addValueChangeListener(change -> {
            choice.setInvalid(false);
            choice.setErrorMessage(null);
        });
        choice.setValue(offered.getFirst());
        add(choice);
    }

    private Div describe(PaymentMethod method) {
        Span name = new Span(getTranslation(method.nameKey()));
        name.addClassName("pb-method-name");
        Paragraph how = new Paragraph(getTranslation(method.howKey()));
        how.addClassName("pb-method-how");
        Div box = new Div(name, how);
        box.addClassNames("pb-method", "pb-method-" + method.name().toLowerCase(java.util.Locale.ROOT));
        return box;
    }

    /** The chosen method's name for the form: the only one offered, the buyer's pick, or null when none was picked. */
    String chosen() {
        if (offered.size() == 1) {
            return offered.getFirst().name();
        }
        return choice.getValue() == null ? null : choice.getValue().name();
    }

    /** Whether the buyer still has to pick (several offered, none chosen). */
    boolean missing() {
        return offered.size() > 1 && choice.getValue() == null;
    }

    HasValidation field() {
        return choice;
    }
}
