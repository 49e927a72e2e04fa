package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderSummary;
import id.go.bnn.pasarbersinar.order.OrderStatus;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/** The signed-in buyer's orders, newest first, each with its parcels' states. */
@Route("pesanan")
@PermitAll
@StyleSheet("styles/order.css")
class MyOrdersView extends Div implements HasDynamicTitle {

    private static final int SHOWN_ITEMS = 3;

    MyOrdersView(Orders orders) {
        addClassName("pb-my-orders");
        add(new H1(getTranslation("order.mine.title")));
        Caller caller = Caller.current();
        if (caller.has(Caller.Role.PRODUCER)) {
            Anchor group = new Anchor("mitra/pesanan", getTranslation("order.group.title"));
            group.addClassName("pb-button-secondary");
            add(group);
        }
        if (caller.has(Caller.Role.CURATOR) || caller.has(Caller.Role.ADMIN)) {
            Anchor staff = new Anchor("staf/pesanan", getTranslation("order.staff.title"));
            staff.addClassName("pb-button-secondary");
            add(staff);
        }
        List<OrderSummary> mine = orders.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("order.mine.none")));
            return;
        }
        for (OrderSummary order : mine) {
            Anchor link = new Anchor("pesanan/" + order.number(), order.number());
            link.addClassName("pb-order-link");
            Span date = new Span(OrderPages.dateTime(this, order.createdAt()));
            Span total = new Span(order.total().format());
            Div states = new Div();
            states.addClassName("pb-order-parcels");
            if (order.status() == OrderStatus.EXPIRED) {
                states.add(new Span(getTranslation("order.order.state.expired")));
            } else {
                for (FulfilmentStatus status : order.parcels()) {
                    states.add(OrderPages.status(this, status));
                }
            }
            Div row = new Div(link, date, total, states);
            if (!order.items().isEmpty()) {
                row.add(items(order.items()));
            }
            row.addClassNames("pb-order-row", "pb-order-row-" + order.status().name().toLowerCase(Locale.ROOT));
            add(row);
        }
    }

    /** What was bought, so that a buyer knows the order without opening it: the first three lines and how many more. */
    private Paragraph items(List<OrderSummary.Item> items) {
        List<String> shown = items.stream().limit(SHOWN_ITEMS)
                .map(item -> item.quantity() > 1 ? item.label().in(getLocale()) + " \u00d7 " + item.quantity() : item.label().in(getLocale()))
                .toList();
        String text = String.join(", ", shown);
        if (items.size() > SHOWN_ITEMS) {
            text = getTranslation("order.mine.more", text, items.size() - SHOWN_ITEMS);
        }
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("pb-order-items");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.mine.title") + " | " + getTranslation("shell.brand");
    }
}
