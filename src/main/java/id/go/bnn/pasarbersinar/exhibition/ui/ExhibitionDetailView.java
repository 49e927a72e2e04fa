package id.go.bnn.pasarbersinar.exhibition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.exhibition.Booth;
import id.go.bnn.pasarbersinar.exhibition.Exhibition;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionStatus;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionStock;
import id.go.bnn.pasarbersinar.exhibition.Exhibitions;
import id.go.bnn.pasarbersinar.exhibition.PriceTags;
import id.go.bnn.pasarbersinar.exhibition.ShortBoothSales;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Regions;
import jakarta.annotation.security.RolesAllowed;

/**
 * Staff: one exhibition. Its details (until it ended), opening and ending it (which gives the stock left back to online
 * sale), the booths with the people selling at each, the stock at the event and the price tags of every booth, and the
 * booth sales flagged short of stock with what was done about them ({@link ShortSalesPanel}).
 */
@Route("staf/pameran/:id")
@RolesAllowed({"CURATOR", "ADMIN"})
@StyleSheet("styles/portal.css")
@StyleSheet("styles/exhibition.css")
class ExhibitionDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Exhibitions exhibitions;
    private final ExhibitionStock stock;
    private final PriceTags tags;
    private final ProducerGroups groups;
    private final Regions regions;
    private final ShortBoothSales shorts;
    private final Notice notice = new Notice();
    private ExhibitionId id;
    private String title = "";

    ExhibitionDetailView(Exhibitions exhibitions, ExhibitionStock stock, PriceTags tags, ProducerGroups groups, Regions regions,
            ShortBoothSales shorts) {
        this.shorts = shorts;
        this.exhibitions = exhibitions;
        this.stock = stock;
        this.tags = tags;
        this.groups = groups;
        this.regions = regions;
        addClassNames("pb-portal", "pb-exhibition");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = new ExhibitionId(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (exhibitions.find(id).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        Exhibition event = exhibitions.find(id).orElseThrow();
        title = event.name();
        removeAll();
        add(new Anchor("staf/pameran", getTranslation("exhibition.staff.back")));
        add(new H1(event.name()));
        // The event's report lives in the reporting module (which depends on this one): linked by its address alone.
        Anchor report = new Anchor("staf/laporan/pameran/" + id.value(), getTranslation("exhibition.staff.report"));
        report.addClassName("pb-exhibition-report-link");
        add(report);
        Paragraph facts = new Paragraph(ExhibitionTexts.status(this, event), new Span(" " + ExhibitionTexts.placeAndDays(event, getLocale())));
        facts.addClassName("pb-exhibition-facts");
        add(facts, notice);
        if (event.status() != ExhibitionStatus.ENDED) {
            add(actions(event));
        }
        add(new H2(getTranslation("exhibition.staff.booths")));
        exhibitions.booths(id).forEach(booth -> add(booth(booth, event.status() != ExhibitionStatus.ENDED)));
        if (event.status() != ExhibitionStatus.ENDED) {
            add(addBooth());
        }
        add(new H2(getTranslation("exhibition.stock.heading")));
        add(ExhibitionTexts.stockTable(this, getLocale(), stock.at(id), true), ExhibitionTexts.tagsDownload(this, getLocale(), tags, id));
        add(new ShortSalesPanel(shorts, id));
        if (event.status() != ExhibitionStatus.ENDED) {
            add(new H2(getTranslation("exhibition.staff.edit")));
            ExhibitionForm form = new ExhibitionForm(regions.provinces());
            form.fill(event, regions.provinces());
            Button save = new Button(getTranslation("exhibition.staff.save"), click -> act(() -> exhibitions.edit(id, form.plan()), "exhibition.staff.saved"));
            save.addClassName("pb-exhibition-save");
            add(form, save);
        }
    }

    private Div actions(Exhibition event) {
        Div actions = new Div();
        actions.addClassName("pb-portal-actions");
        if (event.status() == ExhibitionStatus.PLANNED) {
            Button open = new Button(getTranslation("exhibition.staff.open"), click -> act(() -> exhibitions.open(id), "exhibition.staff.opened"));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.addClassName("pb-exhibition-open");
            actions.add(open);
        }
        Button end = new Button(getTranslation("exhibition.staff.end"), click -> act(() -> exhibitions.end(id), "exhibition.staff.ended"));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClassName("pb-exhibition-end");
        actions.add(end, new Span(getTranslation("exhibition.staff.end-help")));
        return actions;
    }

    private Div booth(Booth booth, boolean editable) {
        Div card = new Div();
        card.addClassName("pb-exhibition-booth");
        H3 name = new H3(booth.label() == null ? booth.groupName() : booth.label() + " · " + booth.groupName());
        card.add(name);
        for (Booth.Seller seller : booth.sellers()) {
            Div row = new Div(new Span(seller.name() + " <" + seller.email() + ">"
                    + (seller.staff() ? " · " + getTranslation("exhibition.staff.seller-staff") : "")));
            row.addClassName("pb-exhibition-seller");
            if (editable) {
                Button remove = new Button(getTranslation("exhibition.staff.remove-seller"),
                        click -> act(() -> exhibitions.removeSeller(id, booth.group(), seller.accountId()), "exhibition.staff.seller-removed"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            }
            card.add(row);
        }
        if (booth.sellers().isEmpty()) {
            card.add(new Paragraph(getTranslation("exhibition.staff.no-sellers")));
        }
        if (editable) {
            TextField email = new TextField(getTranslation("exhibition.staff.seller-email"));
            email.setHelperText(getTranslation("exhibition.staff.seller-help"));
            email.addClassName("pb-exhibition-seller-email");
            Button add = new Button(getTranslation("exhibition.staff.add-seller"),
                    click -> act(() -> exhibitions.addSeller(id, booth.group(), email.getValue()), "exhibition.staff.seller-added"));
            add.addClassName("pb-exhibition-add-seller");
            Button remove = new Button(getTranslation("exhibition.staff.remove-booth"),
                    click -> act(() -> exhibitions.removeBooth(id, booth.group()), "exhibition.staff.booth-removed"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Div form = new Div(email, add, remove);
            form.addClassName("pb-portal-actions");
            card.add(form);
        }
        return card;
    }

    private Div addBooth() {
        ComboBox<GroupSummary> group = new ComboBox<>(getTranslation("exhibition.staff.group"));
        group.setItems(groups.listForStaff());
        group.setItemLabelGenerator(g -> g.name() + " (" + g.provinceName() + ")");
        group.addClassName("pb-exhibition-group");
        TextField label = new TextField(getTranslation("exhibition.staff.booth-label"));
        label.setMaxLength(40);
        label.addClassName("pb-exhibition-booth-label");
        Button add = new Button(getTranslation("exhibition.staff.add-booth"), click -> {
            if (group.getValue() == null) {
                return;
            }
            act(() -> exhibitions.addBooth(id, group.getValue().id(), label.getValue()), "exhibition.staff.booth-added");
        });
        add.addClassName("pb-exhibition-add-booth");
        Div form = new Div(group, label, add);
        form.addClassName("pb-portal-actions");
        return form;
    }

    private void act(Runnable call, String doneKey) {
        if (notice.run(call)) {
            show();
            notice.success(doneKey);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("shell.brand");
    }
}
