package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** What the two shipping-rate pages share: the saved notice and the row of buttons. */
final class ShippingRatePages {

    private ShippingRatePages() {
    }

    static Paragraph saved(Component source, String key, Object... arguments) {
        Paragraph saved = new Paragraph(source.getTranslation(key, arguments));
        saved.addClassName("pb-order-saved");
        saved.getElement().setAttribute("role", "status");
        return saved;
    }

    static Div actions(Component... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("pb-rate-actions");
        return actions;
    }
}
