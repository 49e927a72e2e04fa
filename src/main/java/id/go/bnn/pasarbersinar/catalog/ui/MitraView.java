package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.catalog.ListingRow;
import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.PortalCard;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The producer portal's first page: what needs doing now for the group the member acts for (listings sent back with
 * the curator's words, drafts not yet submitted, stock running out) and the switch between groups.
 */
@Route("mitra")
@RolesAllowed("PRODUCER")
@Menu(title = "catalog.menu.portal", order = 50)
@StyleSheet("styles/portal.css")
class MitraView extends Div implements HasDynamicTitle {

    MitraView(Listings listings, ProducerGroups groups, Accounts accounts, ObjectProvider<PortalCard> cards) {
        addClassName("pb-portal");
        Caller caller = Caller.current();
        add(new H1(getTranslation("catalog.portal.heading")));
        if (caller.actingGroup() == null) {
            add(new Paragraph(getTranslation("catalog.portal.no-group")));
            return;
        }
        Map<GroupId, GroupSummary> mine = groups.findAll(caller.groups().stream().map(GroupId::new).toList());
        GroupSummary acting = mine.get(new GroupId(caller.actingGroup()));
        if (mine.size() > 1) {
            ComboBox<GroupSummary> switcher = new ComboBox<>(getTranslation("catalog.portal.acting-for"),
                    mine.values().stream().sorted(Comparator.comparing(GroupSummary::name)).toList());
            switcher.setItemLabelGenerator(GroupSummary::name);
            switcher.setValue(acting);
            switcher.addClassName("pb-portal-switch");
            switcher.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    PortalParts.replaceCaller(accounts.actFor(event.getValue().id()));
                    UI.getCurrent().getPage().reload();
                }
            });
            add(switcher);
        } else if (acting != null) {
            Paragraph group = new Paragraph(getTranslation("catalog.portal.group", acting.name()));
            group.addClassName("pb-portal-group");
            add(group);
        }

        Button create = new Button(getTranslation("catalog.portal.new-listing"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate("mitra/produk/baru"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.addClassName("pb-portal-create");
        Anchor all = new Anchor("mitra/produk", getTranslation("catalog.portal.all-listings"));
        all.addClassName("pb-portal-all");
        Div actions = new Div(create, all);
        actions.addClassName("pb-portal-actions");
        add(actions);

        List<ListingRow> rows = listings.ofGroup(new GroupId(caller.actingGroup()), null);
        List<ListingRow> sentBack = rows.stream().filter(PortalParts::needsChanges).toList();
        List<ListingRow> drafts = rows.stream().filter(row -> row.status() == ListingStatus.DRAFT).toList();
        List<ListingRow> lowStock = rows.stream()
                .filter(row -> row.status() == ListingStatus.APPROVED && row.totalStock() <= PortalParts.LOW_STOCK).toList();

        // Other modules' cards (the order module's parcels to handle) come first of the to-do sections.
        Div ordersSlot = new Div();
        ordersSlot.setId("mitra-parcels-slot");
        ordersSlot.addClassName("pb-portal-slot");
        cards.orderedStream().forEach(card -> card.forActingGroup().ifPresent(ordersSlot::add));
        add(ordersSlot);

        if (ordersSlot.getChildren().findAny().isEmpty() && sentBack.isEmpty() && drafts.isEmpty() && lowStock.isEmpty()) {
            Paragraph done = new Paragraph(getTranslation("catalog.portal.all-done"));
            done.addClassName("pb-portal-done");
            add(done);
        }
        if (!sentBack.isEmpty()) {
            add(section("catalog.portal.changes-requested", sentBack, row -> {
                Paragraph words = new Paragraph(row.reviewNote() == null ? "" : row.reviewNote());
                words.addClassName("pb-curator-words");
                return words;
            }));
        }
        if (!drafts.isEmpty()) {
            add(section("catalog.portal.drafts", drafts, row -> new Span(getTranslation(row.preparedByOfficer()
                    ? "catalog.portal.draft-prepared" : "catalog.portal.draft-hint"))));
        }
        if (!lowStock.isEmpty()) {
            add(section("catalog.portal.low-stock", lowStock, row -> new Span(row.totalStock() == 0
                    ? getTranslation("catalog.portal.sold-out") : getTranslation("catalog.portal.stock-left", row.totalStock()))));
        }
    }

    private Div section(String headingKey, List<ListingRow> rows, java.util.function.Function<ListingRow, com.vaadin.flow.component.Component> detail) {
        Div section = new Div(new H2(getTranslation(headingKey)));
        section.addClassName("pb-portal-section");
        for (ListingRow row : rows) {
            Anchor link = new Anchor("mitra/produk/" + row.id().value(), "");
            link.addClassName("pb-todo");
            Div text = new Div(new Span(row.title().in(getLocale())), detail.apply(row));
            text.addClassName("pb-todo-text");
            link.add(PortalParts.thumbnail(row.coverImage(), ""), text);
            section.add(link);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.portal.heading") + " · " + getTranslation("shell.brand");
    }
}
