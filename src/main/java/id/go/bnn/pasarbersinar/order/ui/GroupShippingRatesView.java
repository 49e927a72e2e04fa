package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.order.ShippingRates;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.annotation.security.RolesAllowed;

/**
 * The acting group's own shipping table: a member sets what the group charges per zone, or goes back to the national
 * default. Until the group saves its own, the national figures are shown as the starting point.
 */
@Route("mitra/ongkir")
@RolesAllowed("PRODUCER")
@Menu(title = "order.menu.group-shipping", order = 72)
@StyleSheet("styles/order.css")
class GroupShippingRatesView extends Div implements HasDynamicTitle {

    private final ShippingRates rates;
    private final Div messages = new Div();
    private final Div body = new Div();

    GroupShippingRatesView(ShippingRates rates, ProducerGroups groups) {
        this.rates = rates;
        addClassName("pb-shipping-rates");
        Anchor back = new Anchor("mitra", getTranslation("catalog.portal.back"));
        back.addClassName("pb-back");
        add(back, new H1(getTranslation("order.shipping.group-title")));
        Long groupId = Caller.current().actingGroup();
        if (groupId == null) {
            add(new Paragraph(getTranslation("catalog.portal.no-group")));
            return;
        }
        groups.find(new GroupId(groupId)).map(GroupSummary::name).ifPresent(name -> {
            Paragraph group = new Paragraph(getTranslation("catalog.portal.group", name));
            group.addClassName("pb-rate-group");
            add(group);
        });
        add(messages, body);
        show(groupId);
    }

    private void show(long groupId) {
        body.removeAll();
        boolean own = rates.hasOwnTable(groupId);
        Paragraph state = new Paragraph(getTranslation(own ? "order.shipping.uses-own" : "order.shipping.uses-national"));
        state.addClassName("pb-rate-state");
        ShippingRateForm form = new ShippingRateForm(rates.table(own ? groupId : ShippingRates.NATIONAL));
        Button save = new Button(getTranslation("order.shipping.save-group"), click -> {
            messages.removeAll();
            form.read().ifPresentOrElse(table -> {
                if (run(() -> rates.replace(groupId, table))) {
                    show(groupId);
                    messages.add(ShippingRatePages.saved(this, "order.shipping.saved-group"));
                }
            }, () -> messages.add(OrderPages.problem(this, new OrderException("order.shipping.error.form"))));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("pb-rate-save");
        Div actions = ShippingRatePages.actions(save);
        if (own) {
            Button national = new Button(getTranslation("order.shipping.use-national"), click -> {
                messages.removeAll();
                if (run(() -> rates.useNational(groupId))) {
                    show(groupId);
                    messages.add(ShippingRatePages.saved(this, "order.shipping.saved-national-again"));
                }
            });
            national.addClassName("pb-rate-national");
            actions.add(national);
        }
        body.add(state, form, actions);
    }

    private boolean run(Runnable work) {
        try {
            work.run();
            return true;
        } catch (OrderException e) {
            messages.add(OrderPages.problem(this, e));
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.shipping.group-title") + " | " + getTranslation("shell.brand");
    }
}
