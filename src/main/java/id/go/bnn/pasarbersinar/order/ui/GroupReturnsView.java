package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.order.Returns;
import jakarta.annotation.security.RolesAllowed;

/** The acting group's return requests, newest first, each with what the group may do now. */
@Route("mitra/retur")
@RolesAllowed("PRODUCER")
@Menu(title = "order.menu.group-returns", order = 56)
@StyleSheet("styles/order.css")
class GroupReturnsView extends Div implements HasDynamicTitle {

    GroupReturnsView(Returns returns) {
        addClassNames("pb-order", "pb-returns");
        add(new H1(getTranslation("order.return.group.title")), new ReturnList(returns, returns::forMyGroup, "order.return.group.empty"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.return.group.title") + " | " + getTranslation("shell.brand");
    }
}
