package id.go.bnn.pasarbersinar.exhibition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.catalog.Purchasable;
import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionStatus;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionStock;
import id.go.bnn.pasarbersinar.exhibition.Exhibitions;
import id.go.bnn.pasarbersinar.exhibition.MoveOutcome;
import id.go.bnn.pasarbersinar.exhibition.PriceTags;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The acting group's exhibitions: for each, what is at its booth and sold there, a form to move items of a variant from
 * online sale to the event (until it ends), and the booth's price tags. Each move form carries a key of its own, made
 * when the form is drawn, so a click sent twice (a slow connection, a double tap) moves the items once.
 */
@Route("mitra/pameran")
@RolesAllowed("PRODUCER")
@Menu(title = "exhibition.menu.group", order = 57)
@StyleSheet("styles/portal.css")
@StyleSheet("styles/exhibition.css")
class GroupExhibitionsView extends Div implements HasDynamicTitle {

    private final Exhibitions exhibitions;
    private final ExhibitionStock stock;
    private final PriceTags tags;

    GroupExhibitionsView(Exhibitions exhibitions, ExhibitionStock stock, PriceTags tags) {
        this.exhibitions = exhibitions;
        this.stock = stock;
        this.tags = tags;
        addClassNames("pb-portal", "pb-group-exhibitions");
        show(null, null);
    }

    /** Draws the page again; {@code notice} is the message of the last action, kept under its event's form. */
    private void show(Exhibition noticed, Notice notice) {
        removeAll();
        add(new H1(getTranslation("exhibition.group.heading")));
        List<Exhibition> events = exhibitions.ofActingGroup();
        if (events.isEmpty()) {
            add(new Paragraph(getTranslation("exhibition.group.empty")));
            return;
        }
        List<Purchasable> variants = stock.movable();
        for (Exhibition event : events) {
            Div card = new Div();
            card.addClassName("pb-exhibition-card");
            card.add(new H2(event.name()));
            Paragraph facts = new Paragraph(ExhibitionTexts.status(this, event));
            facts.add(" " + ExhibitionTexts.placeAndDays(event, getLocale()));
            card.add(facts);
            card.add(ExhibitionTexts.stockTable(this, getLocale(), stock.at(event.id()), false), ExhibitionTexts.tagsDownload(this, getLocale(), tags, event.id()));
            if (event.status() != ExhibitionStatus.ENDED) {
                card.add(moveForm(event, variants));
            }
            if (notice != null && noticed.id().equals(event.id())) {
                card.add(notice);
            }
            add(card);
        }
    }

    private Div moveForm(Exhibition event, List<Purchasable> variants) {
        Select<Purchasable> variant = new Select<>();
        variant.setLabel(getTranslation("exhibition.group.variant"));
        variant.setItems(variants);
        variant.setItemLabelGenerator(v -> getTranslation("exhibition.group.variant-online", v.label(getLocale()), v.stock()));
        variant.addClassName("pb-exhibition-variant");
        IntegerField quantity = new IntegerField(getTranslation("exhibition.group.quantity"));
        quantity.setMin(1);
        quantity.setStepButtonsVisible(true);
        quantity.addClassName("pb-exhibition-quantity");
        AtomicReference<String> key = new AtomicReference<>(UUID.randomUUID().toString());
        Notice notice = new Notice();
        Button move = new Button(getTranslation("exhibition.group.move"), click -> {
            if (variant.getValue() == null || quantity.getValue() == null) {
                notice.error(variant.getValue() == null ? "exhibition.group.choose-variant" : "exhibition.group.choose-quantity");
                return;
            }
            AtomicReference<MoveOutcome> outcome = new AtomicReference<>();
            Purchasable chosen = variant.getValue();
            int count = quantity.getValue();
            if (notice.run(() -> outcome.set(stock.move(event.id(), chosen.variantId(), count, key.get())))) {
                Notice done = new Notice();
                done.success(outcome.get() == MoveOutcome.MOVED ? "exhibition.group.moved" : "exhibition.group.already-moved",
                        count, chosen.label(getLocale()));
                show(event, done);
            }
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClassName("pb-exhibition-move");
        move.setDisableOnClick(true);
        move.addClickListener(click -> move.setEnabled(true));
        Div form = new Div(variant, quantity, move, notice);
        form.addClassName("pb-exhibition-move-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exhibition.group.heading") + " | " + getTranslation("shell.brand");
    }
}
