package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.go.bnn.pasarbersinar.order.FulfilmentRow;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.order.Orders;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A producer group's parcels (the group the member acts for): packing slip, "packing", "shipped" with courier and
 * tracking number, and whether it was delivered. The /mitra portal links here.
 */
@Route("mitra/pesanan")
@RolesAllowed("PRODUCER")
@Menu(title = "order.menu.group-orders", order = 55)
@StyleSheet("styles/order.css")
class GroupOrdersView extends Div implements HasDynamicTitle {

    private final Orders orders;
    private final Div messages = new Div();
    private final Div list = new Div();

    GroupOrdersView(Orders orders) {
        this.orders = orders;
        addClassName("pb-group-orders");
        add(new H1(getTranslation("order.group.title")), messages, list);
        show();
    }

    private void show() {
        list.removeAll();
        List<FulfilmentRow> rows = orders.forMyGroup();
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("order.group.none")));
        }
        rows.forEach(row -> list.add(FulfilmentList.row(this, row, this::actions)));
    }

    private Component actions(FulfilmentRow row) {
        Div actions = new Div();
        actions.addClassName("pb-parcel-actions");
        if (row.status() == FulfilmentStatus.AWAITING_PAYMENT) {
            return actions;
        }
        Anchor slip = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = orders.packingSlip(row.fulfilmentId());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "slip-" + row.orderNumber() + ".pdf", "application/pdf", pdf.length);
        }), getTranslation("order.group.packing-slip"));
        slip.addClassName("pb-packing-slip");
        actions.add(slip);
        if (row.status() == FulfilmentStatus.PAID) {
            actions.add(new Button(getTranslation("order.group.processing"), click -> run(() -> orders.markProcessing(row.fulfilmentId()))));
        }
        if (row.status() == FulfilmentStatus.PAID || row.status() == FulfilmentStatus.PROCESSING) {
            TextField courier = new TextField(getTranslation("order.group.courier"));
            courier.setMaxLength(60);
            courier.addClassName("pb-ship-courier");
            TextField tracking = new TextField(getTranslation("order.group.tracking"));
            tracking.setMaxLength(60);
            tracking.addClassName("pb-ship-tracking");
            Button shipped = new Button(getTranslation("order.group.shipped"),
                    click -> run(() -> orders.markShipped(row.fulfilmentId(), courier.getValue(), tracking.getValue())));
            shipped.addClassName("pb-ship");
            Div ship = new Div(courier, tracking, shipped);
            ship.addClassName("pb-ship-form");
            actions.add(ship);
        }
        return actions;
    }

    private void run(Runnable work) {
        messages.removeAll();
        try {
            work.run();
        } catch (OrderException e) {
            messages.add(OrderPages.problem(this, e));
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.group.title") + " | " + getTranslation("shell.brand");
    }
}
