package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.order.Returns;
import jakarta.annotation.security.RolesAllowed;

/** Escalated returns of the curator's provinces (every province for administrators), oldest first, to decide. */
@Route("staf/sengketa")
@RolesAllowed({"CURATOR", "ADMIN"})
@Menu(title = "order.menu.disputes", order = 83)
@StyleSheet("styles/order.css")
class DisputesView extends Div implements HasDynamicTitle {

    DisputesView(Returns returns) {
        addClassNames("pb-order", "pb-returns");
        add(new H1(getTranslation("order.return.disputes.title")), new ReturnList(returns, returns::disputes, "order.return.disputes.empty"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.return.disputes.title") + " | " + getTranslation("shell.brand");
    }
}
