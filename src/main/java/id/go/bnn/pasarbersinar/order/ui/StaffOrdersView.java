package id.go.bnn.pasarbersinar.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.StaffOrders;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Parcels of the curator's provinces (an administrator's: all), searched by order number, buyer or group, filtered by
 * state and the day the order was placed, a page at a time; the search lives in the address so that a link or the back
 * button keeps it. Each order's page has the cancel and refund actions.
 */
@Route("staf/pesanan")
@RolesAllowed({"CURATOR", "ADMIN"})
@Menu(title = "order.menu.staff-orders", order = 82)
@StyleSheet("styles/order.css")
class StaffOrdersView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE_SIZE = 50;
    private static final String ROUTE = "staf/pesanan";

    private final StaffOrders orders;

    StaffOrdersView(StaffOrders orders) {
        this.orders = orders;
        addClassName("pb-staff-orders");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffOrderParameters state = StaffOrderParameters.from(event.getLocation().getQueryParameters());
        removeAll();
        add(new H1(getTranslation("order.staff.title")));
        if (!state.unreadable().isEmpty()) {
            Paragraph problem = new Paragraph(getTranslation("order.staff.filter.unreadable", String.join(", ", state.unreadable())));
            problem.addClassName("pb-staff-orders-problem");
            problem.getElement().setAttribute("role", "alert");
            add(problem);
        }
        add(filters(state.filter()));
        StaffOrders.Page page = orders.find(state.filter(), state.page(), PAGE_SIZE);
        if (page.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(state.filter().equals(StaffOrders.Filter.NONE) && page.number() == 1
                    ? "order.staff.none" : "order.staff.filter.none"));
            none.addClassName("pb-staff-orders-none");
            add(none);
        }
        Div list = new Div();
        list.addClassName("pb-staff-orders-list");
        page.rows().forEach(row -> list.add(FulfilmentList.row(this, row, r -> new Div())));
        add(list, pageLinks(state.filter(), page));
    }

    private Div filters(StaffOrders.Filter filter) {
        TextField words = new TextField(getTranslation("order.staff.filter.words"));
        words.setPlaceholder(getTranslation("order.staff.filter.words.placeholder"));
        words.setMaxLength(StaffOrders.MAX_WORDS);
        words.setClearButtonVisible(true);
        words.setValue(filter.words() == null ? "" : filter.words());
        words.addClassName("pb-staff-orders-words");
        Select<FulfilmentStatus> status = new Select<>();
        status.setLabel(getTranslation("order.staff.filter.state"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("order.staff.filter.state.any"));
        status.setItems(FulfilmentStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("order.staff.filter.state.any") : stateName(value));
        status.setValue(filter.status());
        DatePicker from = new DatePicker(getTranslation("order.staff.filter.from"));
        DatePicker to = new DatePicker(getTranslation("order.staff.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(getLocale());
            picker.setClearButtonVisible(true);
        }
        from.setValue(filter.placedFrom());
        to.setValue(filter.placedTo());
        Button search = new Button(getTranslation("order.staff.filter.search"), click -> {
            boolean backwards = from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue());
            to.setInvalid(backwards);
            to.setErrorMessage(getTranslation("order.staff.filter.backwards"));
            if (backwards || from.isInvalid() || to.isInvalid()) {
                return;
            }
            String typed = words.getValue().strip();
            UI.getCurrent().navigate(ROUTE, StaffOrderParameters.of(
                    new StaffOrders.Filter(typed.length() > StaffOrders.MAX_WORDS ? typed.substring(0, StaffOrders.MAX_WORDS) : typed,
                            status.getValue(), from.getValue(), to.getValue()), 1));
        });
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        search.addClassName("pb-staff-orders-search");
        Anchor clear = new Anchor(ROUTE, getTranslation("order.staff.filter.clear"));
        clear.addClassName("pb-staff-orders-clear");
        Div form = new Div(words, status, from, to, search, clear);
        form.addClassName("pb-staff-orders-filters");
        return form;
    }

    private Div pageLinks(StaffOrders.Filter filter, StaffOrders.Page page) {
        List<com.vaadin.flow.component.Component> parts = new ArrayList<>();
        if (page.number() > 1) {
            parts.add(link(filter, page.number() - 1, "order.staff.page.previous", "pb-page-previous"));
        }
        if (page.number() > 1 || page.hasNext()) {
            Span number = new Span(getTranslation("order.staff.page.number", page.number()));
            number.addClassName("pb-page-number");
            parts.add(number);
        }
        if (page.hasNext()) {
            parts.add(link(filter, page.number() + 1, "order.staff.page.next", "pb-page-next"));
        }
        Div links = new Div(parts.toArray(com.vaadin.flow.component.Component[]::new));
        links.addClassName("pb-staff-orders-pages");
        return links;
    }

    private Anchor link(StaffOrders.Filter filter, int number, String key, String className) {
        QueryParameters parameters = StaffOrderParameters.of(filter, number);
        String query = parameters.getQueryString();
        Anchor anchor = new Anchor(query.isEmpty() ? ROUTE : ROUTE + "?" + query, getTranslation(key));
        anchor.addClassNames("pb-button", className);
        return anchor;
    }

    private String stateName(FulfilmentStatus status) {
        return getTranslation(switch (status) {
            case AWAITING_PAYMENT -> "order.status.awaiting_payment";
            case PAID -> "order.status.paid";
            case PROCESSING -> "order.status.processing";
            case SHIPPED -> "order.status.shipped";
            case DELIVERED -> "order.status.delivered";
            case CANCELLED -> "order.status.cancelled";
            case REFUNDED -> "order.status.refunded";
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.staff.title") + " | " + getTranslation("shell.brand");
    }
}
