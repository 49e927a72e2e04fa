package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.order.FulfilmentRow;
import id.go.bnn.pasarbersinar.order.Orders;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Parcels of the curator's provinces (an administrator's: all); each order's page has the cancel and refund actions. */
@Route("staf/pesanan")
@RolesAllowed({"CURATOR", "ADMIN"})
@Menu(title = "order.menu.staff-orders", order = 82)
@StyleSheet("styles/order.css")
class StaffOrdersView extends Div implements HasDynamicTitle {

    StaffOrdersView(Orders orders) {
        addClassName("pb-staff-orders");
        add(new H1(getTranslation("order.staff.title")));
        List<FulfilmentRow> rows = orders.forStaff();
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("order.staff.none")));
        }
        rows.forEach(row -> add(FulfilmentList.row(this, row, r -> new Div())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.staff.title") + " | " + getTranslation("shell.brand");
    }
}
