package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.order.ReturnCase;
import id.go.bnn.pasarbersinar.order.Returns;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Escalated returns of the curator's provinces (every province for administrators), oldest first, to decide. */
@Route("staf/sengketa")
@RolesAllowed({"CURATOR", "ADMIN"})
@Menu(title = "order.menu.disputes", order = 83)
@StyleSheet("styles/order.css")
class DisputesView extends Div implements HasDynamicTitle {

    private final Returns returns;
    private final Div messages = new Div();
    private final Div list = new Div();

    DisputesView(Returns returns) {
        this.returns = returns;
        addClassNames("pb-order", "pb-returns");
        add(new H1(getTranslation("order.return.disputes.title")), messages, list);
        show();
    }

    private void show() {
        list.removeAll();
        List<ReturnCase> cases = returns.disputes();
        if (cases.isEmpty()) {
            list.add(new Paragraph(getTranslation("order.return.disputes.empty")));
        }
        cases.forEach(item -> list.add(new ReturnCard(returns, item, false, null, true, this::done)));
    }

    private void done(String message) {
        show();
        messages.removeAll();
        Paragraph notice = new Paragraph(message);
        notice.addClassName("pb-order-saved");
        notice.getElement().setAttribute("role", "status");
        messages.add(notice);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.return.disputes.title") + " | " + getTranslation("shell.brand");
    }
}
