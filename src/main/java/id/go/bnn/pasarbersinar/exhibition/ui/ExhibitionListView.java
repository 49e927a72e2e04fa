package id.go.bnn.pasarbersinar.exhibition.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.exhibition.Exhibitions;
import id.go.bnn.pasarbersinar.exhibition.ShortBoothSales;
import id.go.bnn.pasarbersinar.producer.Regions;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Staff: the exhibitions of their provinces (every one for administrators), latest first, each with the number of its
 * booth sales flagged short of stock and still open, and a new one.
 */
@Route("staf/pameran")
@RolesAllowed({"CURATOR", "ADMIN"})
@Menu(title = "exhibition.menu.staff", order = 85)
@StyleSheet("styles/portal.css")
@StyleSheet("styles/exhibition.css")
class ExhibitionListView extends Div implements HasDynamicTitle {

    ExhibitionListView(Exhibitions exhibitions, Regions regions, ShortBoothSales shorts) {
        addClassNames("pb-portal", "pb-exhibitions");
        add(new H1(getTranslation("exhibition.staff.heading")));
        Div list = new Div();
        list.addClassName("pb-exhibition-list");
        List<Exhibition> events = exhibitions.listForStaff();
        Map<Long, Integer> openShorts = shorts.openCounts(events);
        if (events.isEmpty()) {
            list.add(new Paragraph(getTranslation("exhibition.staff.empty")));
        }
        for (Exhibition event : events) {
            Anchor row = new Anchor("staf/pameran/" + event.id().value());
            row.addClassName("pb-todo");
            Span name = new Span(event.name());
            name.addClassName("pb-listing-title");
            Span facts = new Span(ExhibitionTexts.placeAndDays(event, getLocale()));
            facts.addClassName("pb-listing-facts");
            Div text = new Div(ExhibitionTexts.status(this, event), name, facts);
            int flagged = openShorts.getOrDefault(event.id().value(), 0);
            if (flagged > 0) {
                Span shortCount = new Span(getTranslation("exhibition.short.count", flagged));
                shortCount.addClassName("pb-exhibition-short-count");
                text.add(shortCount);
            }
            text.addClassName("pb-todo-text");
            row.add(text);
            list.add(row);
        }
        add(list);

        add(new H2(getTranslation("exhibition.staff.create")));
        ExhibitionForm form = new ExhibitionForm(regions.provinces());
        Notice notice = new Notice();
        AtomicReference<ExhibitionId> made = new AtomicReference<>();
        Button create = new Button(getTranslation("exhibition.staff.create-button"), click -> {
            if (notice.run(() -> made.set(exhibitions.create(form.plan())))) {
                UI.getCurrent().navigate("staf/pameran/" + made.get().value());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("pb-exhibition-create");
        add(form, create, notice);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exhibition.staff.heading") + " | " + getTranslation("shell.brand");
    }
}
