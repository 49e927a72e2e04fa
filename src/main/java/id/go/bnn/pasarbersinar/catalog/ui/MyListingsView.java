package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.catalog.ListingRow;
import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The acting group's listings with photo, status, stock and price, filtered by status ({@code ?status=DRAFT}). */
@Route("mitra/produk")
@RolesAllowed("PRODUCER")
@StyleSheet("styles/portal.css")
class MyListingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ALL = "ALL";

    private final Listings listings;
    private final Div list = new Div();
    private final Select<String> filter = new Select<>();

    MyListingsView(Listings listings) {
        this.listings = listings;
        addClassName("pb-portal");
        Button create = new Button(getTranslation("catalog.portal.new-listing"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate("mitra/produk/baru"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        List<String> values = new ArrayList<>(List.of(ALL));
        Arrays.stream(ListingStatus.values()).map(Enum::name).forEach(values::add);
        filter.setLabel(getTranslation("catalog.portal.filter"));
        filter.setItems(values);
        filter.setItemLabelGenerator(value -> ALL.equals(value) ? getTranslation("catalog.portal.filter.all")
                : getTranslation(ListingWords.status(ListingStatus.valueOf(value))));
        filter.setValue(ALL);
        filter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                UI.getCurrent().navigate("mitra/produk", ALL.equals(event.getValue()) ? QueryParameters.empty()
                        : QueryParameters.simple(Map.of("status", event.getValue())));
            }
        });
        Div bar = new Div(filter, create);
        bar.addClassName("pb-portal-bar");
        list.addClassName("pb-listing-list");
        add(new Anchor("mitra", getTranslation("catalog.portal.back")), new H1(getTranslation("catalog.portal.listings")), bar, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = Caller.current();
        list.removeAll();
        if (caller.actingGroup() == null) {
            list.add(new Paragraph(getTranslation("catalog.portal.no-group")));
            return;
        }
        ListingStatus status = event.getLocation().getQueryParameters().getSingleParameter("status")
                .flatMap(value -> Arrays.stream(ListingStatus.values()).filter(s -> s.name().equals(value)).findFirst())
                .orElse(null);
        filter.setValue(status == null ? ALL : status.name());
        List<ListingRow> rows = listings.ofGroup(new GroupId(caller.actingGroup()), status);
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("catalog.portal.no-listings"));
            empty.addClassName("pb-portal-done");
            list.add(empty);
        }
        for (ListingRow row : rows) {
            Anchor link = new Anchor("mitra/produk/" + row.id().value(), "");
            link.addClassName("pb-listing-row");
            Span title = new Span(row.title().in(getLocale()));
            title.addClassName("pb-listing-title");
            Span facts = new Span(Money.rupiah(row.price()).format() + " · " + getTranslation("catalog.portal.stock", row.totalStock()));
            facts.addClassName("pb-listing-facts");
            Div text = new Div(title, PortalParts.statusBadge(this, row.status(), row.revisionState()), facts);
            text.addClassName("pb-listing-text");
            link.add(PortalParts.thumbnail(row.coverImage(), ""), text);
            list.add(link);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.portal.listings") + " · " + getTranslation("shell.brand");
    }
}
