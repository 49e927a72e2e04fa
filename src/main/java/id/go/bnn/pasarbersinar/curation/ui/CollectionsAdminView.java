package id.go.bnn.pasarbersinar.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.CollectionSummary;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The collections of the home page: create them, put them in order, fill them and choose which are featured. */
@Route("staf/koleksi")
@RolesAllowed({"ADMIN", "CURATOR"})
@Menu(title = "curation.menu.collections", order = 81)
@StyleSheet("styles/curation.css")
class CollectionsAdminView extends Div implements HasDynamicTitle {

    private final Collections collections;
    private final Catalog catalog;
    private final Feedback feedback = new Feedback();
    private final Div list = new Div();

    CollectionsAdminView(Collections collections, Catalog catalog) {
        this.collections = collections;
        this.catalog = catalog;
        addClassName("pb-staff-page");
        addClassName("pb-curation-page");
        list.addClassName("pb-collection-list");
        add(new H1(getTranslation("curation.collections.heading")), feedback, createForm(), list);
        refresh();
    }

    private Details createForm() {
        TextField titleId = new TextField(getTranslation("curation.collection.title-id"));
        titleId.setMaxLength(Collections.MAX_TITLE);
        TextField titleEn = new TextField(getTranslation("curation.collection.title-en"));
        titleEn.setMaxLength(Collections.MAX_TITLE);
        TextArea descriptionId = new TextArea(getTranslation("curation.collection.description-id"));
        descriptionId.setMaxLength(Collections.MAX_DESCRIPTION);
        TextArea descriptionEn = new TextArea(getTranslation("curation.collection.description-en"));
        descriptionEn.setMaxLength(Collections.MAX_DESCRIPTION);
        Checkbox featured = new Checkbox(getTranslation("curation.collection.featured"));
        Button create = new Button(getTranslation("curation.collection.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            if (titleId.getValue().isBlank()) {
                titleId.setInvalid(true);
                titleId.setErrorMessage(getTranslation("curation.error.required"));
                feedback.error("catalog.collection.error.title-required");
                return;
            }
            titleId.setInvalid(false);
            try {
                collections.create(new LocalizedText(titleId.getValue(), titleEn.getValue()),
                        new LocalizedText(descriptionId.getValue(), descriptionEn.getValue()), featured.getValue(), List.of(), false);
                feedback.success("curation.collection.created");
                titleId.clear();
                titleEn.clear();
                descriptionId.clear();
                descriptionEn.clear();
                featured.clear();
                refresh();
            } catch (RuntimeException problem) {
                feedback.refused(problem);
            }
        });
        Div form = new Div(titleId, titleEn, descriptionId, descriptionEn, featured, create);
        form.addClassName("pb-curation-form");
        form.getChildren().forEach(child -> child.getElement().getStyle().set("width", "100%"));
        Details details = new Details(getTranslation("curation.collection.new"), form);
        details.addClassName("pb-curation-new");
        return details;
    }

    private void refresh() {
        list.removeAll();
        List<CollectionSummary> all = collections.listForStaff();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("curation.collections.none")));
        }
        for (int i = 0; i < all.size(); i++) {
            list.add(card(all.get(i), i == 0, i == all.size() - 1));
        }
    }

    private Section card(CollectionSummary collection, boolean first, boolean last) {
        Anchor title = new Anchor(collection.url(), collection.title().in(getLocale()));
        H2 heading = new H2(title);
        Checkbox featured = new Checkbox(getTranslation("curation.collection.featured"), collection.featured());
        featured.addValueChangeListener(event -> {
            if (event.getValue() != collection.featured()) {
                act(() -> collections.feature(collection.id(), event.getValue()),
                        event.getValue() ? "curation.collection.now-featured" : "curation.collection.not-featured");
            }
        });
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> act(() -> collections.move(collection.id(), -1), "curation.collection.moved"));
        up.setAriaLabel(getTranslation("curation.collection.up"));
        up.setTooltipText(getTranslation("curation.collection.up"));
        up.setEnabled(!first);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> act(() -> collections.move(collection.id(), 1), "curation.collection.moved"));
        down.setAriaLabel(getTranslation("curation.collection.down"));
        down.setTooltipText(getTranslation("curation.collection.down"));
        down.setEnabled(!last);
        Div tools = new Div(featured, up, down);
        tools.addClassName("pb-collection-tools");

        Map<ProductId, ProductCard> cards = catalog.cards(collection.products()).stream()
                .collect(Collectors.toMap(ProductCard::id, Function.identity()));
        UnorderedList items = new UnorderedList();
        items.addClassName("pb-collection-items");
        for (ProductId product : collection.products()) {
            ProductCard card = cards.get(product);
            Span name = new Span(card == null ? getTranslation("curation.collection.hidden-product", product.value())
                    : card.title().in(getLocale()) + " · " + card.groupName());
            Button remove = new Button(getTranslation("curation.collection.remove"),
                    click -> act(() -> collections.removeProduct(collection.id(), product), "curation.collection.removed"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            items.add(new ListItem(name, remove));
        }
        TextField address = new TextField(getTranslation("curation.collection.product"));
        address.setPlaceholder("/produk/…");
        address.setHelperText(getTranslation("curation.collection.product.help"));
        address.setMaxLength(300);
        address.setWidthFull();
        Button add = new Button(getTranslation("curation.collection.add"), click -> {
            if (address.getValue().isBlank()) {
                address.setInvalid(true);
                address.setErrorMessage(getTranslation("curation.error.required"));
                feedback.error("catalog.collection.error.no-product");
                return;
            }
            act(() -> collections.addProduct(collection.id(), address.getValue()), "curation.collection.added");
        });
        Div adder = new Div(address, add);
        adder.addClassName("pb-curation-invite");
        Paragraph count = new Paragraph(getTranslation("curation.collection.count", collection.products().size()));
        Section section = new Section(heading, tools, count, items, adder);
        section.addClassName("pb-collection-card");
        return section;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            feedback.success(successKey);
        } catch (RuntimeException problem) {
            feedback.refused(problem);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.collections.heading") + " | " + getTranslation("shell.brand");
    }
}
