package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.go.bnn.pasarbersinar.order.FulfilmentRow;
import java.util.function.Function;

/**
 * Parcels as rows for producers and staff: order number (link), date, group, buyer's place, state, what goes in the
 * parcel (where the list has it), and actions.
 */
final class FulfilmentList {

    private FulfilmentList() {
    }

    static Div row(Component source, FulfilmentRow row, Function<FulfilmentRow, Component> actions) {
        Anchor number = new Anchor("pesanan/" + row.orderNumber(), row.orderNumber());
        number.addClassName("pb-order-link");
        Span date = new Span(OrderPages.dateTime(source, row.orderedAt()));
        Span group = new Span(row.groupName());
        Span destination = new Span(row.buyerName() + " · " + row.destination());
        Span amount = new Span(row.items().plus(row.shipping()).format());
        Div line = new Div(number, date, group, destination, amount, OrderPages.status(source, row.status()));
        if (row.trackingNumber() != null) {
            Span tracking = new Span(row.courier() + " " + row.trackingNumber());
            tracking.addClassName("pb-tracking");
            line.add(tracking);
        }
        if (!row.lines().isEmpty()) {
            UnorderedList contents = new UnorderedList();
            contents.addClassName("pb-parcel-contents");
            row.lines().forEach(item -> contents.add(new ListItem(item.quantity() + " × " + item.label().in(OrderPages.locale(source)))));
            line.add(contents);
        }
        line.add(actions.apply(row));
        line.addClassName("pb-fulfilment-row");
        return line;
    }
}
