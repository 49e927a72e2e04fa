package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.order.ShippingRates;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's national shipping table (group 0): what every group charges unless it keeps its own. */
@Route("staf/ongkir")
@RolesAllowed("ADMIN")
@Menu(title = "order.menu.shipping-rates", order = 84)
@StyleSheet("styles/order.css")
class NationalShippingRatesView extends Div implements HasDynamicTitle {

    NationalShippingRatesView(ShippingRates rates) {
        addClassName("pb-shipping-rates");
        Div messages = new Div();
        ShippingRateForm form = new ShippingRateForm(rates.table(ShippingRates.NATIONAL));
        Button save = new Button(getTranslation("order.shipping.save"), click -> {
            messages.removeAll();
            form.read().ifPresentOrElse(table -> {
                try {
                    rates.replace(ShippingRates.NATIONAL, table);
                    messages.add(ShippingRatePages.saved(this, "order.shipping.saved-national"));
                } catch (OrderException e) {
                    messages.add(OrderPages.problem(this, e));
                }
            }, () -> messages.add(OrderPages.problem(this, new OrderException("order.shipping.error.form"))));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("pb-rate-save");
        add(new H1(getTranslation("order.shipping.national-title")), new Paragraph(getTranslation("order.shipping.national-intro")),
                messages, form, ShippingRatePages.actions(save));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.shipping.national-title") + " | " + getTranslation("shell.brand");
    }
}
