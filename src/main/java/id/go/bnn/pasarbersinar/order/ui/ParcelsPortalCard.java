package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.catalog.PortalCard;
import id.go.bnn.pasarbersinar.order.FulfilmentRow;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.List;
import java.util.Optional;

/**
 * The portal's "parcels to handle" card: how many of the acting group's parcels are paid (waiting to be packed) and
 * being packed, and the newest few, each leading to the group's orders page. Nothing when there is nothing to do.
 */
@org.springframework.stereotype.Component
class ParcelsPortalCard implements PortalCard {

    static final int NEWEST = 3;

    private final Orders orders;

    ParcelsPortalCard(Orders orders) {
        this.orders = orders;
    }

    @Override
    public Optional<Component> forActingGroup() {
        Caller caller = Caller.current();
        if (!caller.has(Caller.Role.PRODUCER) || caller.actingGroup() == null) {
            return Optional.empty();
        }
        List<FulfilmentRow> open = orders.forMyGroup().stream()
                .filter(row -> row.status() == FulfilmentStatus.PAID || row.status() == FulfilmentStatus.PROCESSING).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        long paid = open.stream().filter(row -> row.status() == FulfilmentStatus.PAID).count();
        long packing = open.size() - paid;
        Div card = new Card();
        card.addClassNames("pb-portal-section", "pb-parcels-card");
        H2 heading = new H2(card.getTranslation("order.portal.title"));
        Paragraph counts = new Paragraph(card.getTranslation("order.portal.counts", paid, packing));
        counts.addClassName("pb-parcels-counts");
        card.add(heading, counts);
        for (FulfilmentRow row : open.subList(0, Math.min(NEWEST, open.size()))) {
            Anchor link = new Anchor("mitra/pesanan", "");
            link.addClassNames("pb-todo", "pb-parcels-item");
            Span number = new Span(row.orderNumber());
            number.addClassName("pb-order-link");
            Span date = new Span(OrderPages.dateTime(card, row.orderedAt()));
            Div text = new Div(number, date);
            text.addClassName("pb-todo-text");
            link.add(text, OrderPages.status(card, row.status()));
            card.add(link);
        }
        Anchor all = new Anchor("mitra/pesanan", card.getTranslation("order.portal.all"));
        all.addClassName("pb-parcels-all");
        card.add(all);
        return Optional.of(card);
    }

    /** The card's box, which brings the order pages' styles (parcel states) onto the portal page. */
    @StyleSheet("styles/order.css")
    static final class Card extends Div {
    }
}
