package id.go.bnn.pasarbersinar.catalog.ui;

import id.go.bnn.pasarbersinar.shared.ShopTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.Category;
import id.go.bnn.pasarbersinar.catalog.IllegalTransitionException;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.InvalidListingException;
import id.go.bnn.pasarbersinar.catalog.Listing;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.catalog.SaveOutcome;
import id.go.bnn.pasarbersinar.catalog.StockMovedException;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * The listing editor for a tired producer on a cheap phone: one column, big buttons, Indonesian first and English
 * clearly optional, photos straight from the camera or gallery, a draft saved at any time, and the curator's words at
 * the top when a listing was sent back. {@code /mitra/produk/baru} starts a new draft.
 */
@Route("mitra/produk/:id")
@RolesAllowed({"PRODUCER", "CURATOR", "ADMIN"})
@StyleSheet("styles/portal.css")
class ListingEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "baru";

    private final Listings listings;
    private final Images images;
    private final Catalog catalog;

    private ProductId id;
    private Listing listing;
    private GroupId group;

    final TextField titleId = new TextField();
    final TextField titleEn = new TextField();
    final TextArea descriptionId = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final ComboBox<Category> category = new ComboBox<>();
    final IntegerField price = new IntegerField();
    final IntegerField weight = new IntegerField();
    VariantsEditor variants = new VariantsEditor();
    PhotosEditor photos;
    Button save = new Button();
    Button submit = new Button();
    final Div status = new Div();
    private final Binder<ListingEdit> binder = new Binder<>();

    ListingEditorView(Listings listings, Images images, Catalog catalog) {
        this.listings = listings;
        this.images = images;
        this.catalog = catalog;
        addClassNames("pb-portal", "pb-editor");
        bindRules();
    }

    /** The form's checks are the catalog's rules on {@link ListingEdit}; only "written at all" is the editor's own. */
    private void bindRules() {
        // The rules (and their messages) are the catalog's, not the fields' own range checks.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(titleId).withValidator(EditorRules.given(getTranslation("catalog.editor.error.title")))
                .bind(edit -> edit.title().id(), EditorRules.readOnly());
        binder.forField(titleEn).bind(edit -> edit.title().en() == null ? "" : edit.title().en(), EditorRules.readOnly());
        binder.forField(descriptionId).withValidator(EditorRules.given(getTranslation("catalog.editor.error.description")))
                .bind(edit -> edit.description().id(), EditorRules.readOnly());
        binder.forField(descriptionEn).bind(edit -> edit.description().en() == null ? "" : edit.description().en(), EditorRules.readOnly());
        binder.forField(category).withValidator(EditorRules.given(getTranslation("catalog.editor.error.category")))
                .bind(edit -> catalog.category(edit.categoryCode()).orElse(null), EditorRules.readOnly());
        String priceMessage = getTranslation("catalog.editor.error.price");
        binder.forField(price).withValidator(EditorRules.given(priceMessage)).withConverter(EditorRules.rupiah())
                .withValidator(EditorRules.annotated(ListingEdit.class, "price", priceMessage))
                .bind(ListingEdit::price, EditorRules.readOnly());
        String weightMessage = getTranslation("catalog.editor.error.weight");
        binder.forField(weight).withValidator(EditorRules.given(weightMessage))
                .withValidator(EditorRules.annotated(ListingEdit.class, "weightGrams", weightMessage))
                .bind(ListingEdit::weightGrams, EditorRules.readOnly());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse(NEW);
        Caller caller = Caller.current();
        // Vaadin reuses this view when moving from /mitra/produk/baru to /mitra/produk/{id}: start from nothing.
        removeAll();
        id = null;
        listing = null;
        variants = new VariantsEditor();
        photos = new PhotosEditor(images, () -> titleId.getValue());
        save = new Button();
        submit = new Button();
        try {
            if (NEW.equals(parameter)) {
                // A curator acting as field officer names the group: /mitra/produk/baru?kelompok=12 (the service checks the province).
                java.util.Optional<String> named = event.getLocation().getQueryParameters().getSingleParameter("kelompok");
                if (named.isPresent() && (caller.isAdmin() || caller.has(Caller.Role.CURATOR))) {
                    group = new GroupId(Long.parseLong(named.get()));
                } else if (caller.actingGroup() != null) {
                    group = new GroupId(caller.actingGroup());
                } else {
                    add(new Paragraph(getTranslation("catalog.portal.no-group")));
                    return;
                }
                build(null);
            } else {
                id = new ProductId(Long.parseLong(parameter));
                listing = listings.find(id);
                group = new GroupId(listing.groupId());
                build(listing);
            }
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void build(Listing existing) {
        ListingEdit working = existing == null ? null : existing.working();
        add(new Anchor("mitra/produk", getTranslation("catalog.portal.back-to-listings")));
        add(new H1(getTranslation(existing == null ? "catalog.editor.new" : "catalog.editor.edit")));
        status.removeAll();
        status.addClassName("pb-editor-status");
        if (existing != null) {
            status.add(PortalParts.statusBadge(this, existing.status(), existing.revisionState()));
            if (existing.reviewNote() != null && (existing.status() == ListingStatus.CHANGES_REQUESTED
                    || "CHANGES_REQUESTED".equals(existing.revisionState()))) {
                Div words = new Div(new Span(getTranslation("catalog.editor.curator-says")), new Paragraph(existing.reviewNote()));
                words.addClassName("pb-curator-words");
                status.add(words);
            }
            if (existing.preparedByOfficer()) {
                status.add(new Paragraph(getTranslation("catalog.editor.prepared-by-officer")));
            }
            if (existing.status() == ListingStatus.APPROVED) {
                status.add(new Paragraph(getTranslation(existing.hasPendingRevision()
                        ? "catalog.editor.revision-pending" : "catalog.editor.approved-hint")));
            }
        }
        add(status);

        // Photos first: on a phone, the picture is what a producer has in hand.
        add(new H2(getTranslation("catalog.editor.photos")));
        add(photos);
        if (working != null) {
            photos.show(working.photos());
        }

        add(new H2(getTranslation("catalog.editor.about")));
        titleId.setLabel(getTranslation("catalog.editor.title-id"));
        titleId.setMaxLength(ListingEdit.MAX_TITLE_LENGTH);
        titleId.setWidthFull();
        titleEn.setLabel(getTranslation("catalog.editor.title-en"));
        titleEn.setHelperText(getTranslation("catalog.editor.optional-english"));
        titleEn.setMaxLength(ListingEdit.MAX_TITLE_LENGTH);
        titleEn.setWidthFull();
        descriptionId.setLabel(getTranslation("catalog.editor.description-id"));
        descriptionId.setHelperText(getTranslation("catalog.editor.description.help"));
        descriptionId.setMaxLength(ListingEdit.MAX_DESCRIPTION_LENGTH);
        descriptionId.setWidthFull();
        descriptionEn.setLabel(getTranslation("catalog.editor.description-en"));
        descriptionEn.setHelperText(getTranslation("catalog.editor.optional-english"));
        descriptionEn.setMaxLength(ListingEdit.MAX_DESCRIPTION_LENGTH);
        descriptionEn.setWidthFull();
        category.setLabel(getTranslation("catalog.editor.category"));
        category.setItems(catalog.categories());
        category.setItemLabelGenerator(c -> c.name().in(getLocale()));
        category.setWidthFull();
        price.setLabel(getTranslation("catalog.editor.price"));
        price.setPrefixComponent(new Span("Rp"));
        price.setMin(1);
        price.setWidthFull();
        weight.setLabel(getTranslation("catalog.editor.weight"));
        weight.setSuffixComponent(new Span(getTranslation("catalog.editor.grams")));
        weight.setHelperText(getTranslation("catalog.editor.weight.help"));
        weight.setMin(1);
        weight.setWidthFull();
        if (working != null) {
            binder.readBean(working);
        }
        Div english = new Div(titleEn, descriptionEn);
        english.addClassName("pb-english");
        Span englishLabel = new Span(getTranslation("catalog.editor.english"));
        englishLabel.addClassName("pb-english-label");
        add(titleId, descriptionId, category, price, weight, englishLabel, english);

        add(new H2(getTranslation("catalog.editor.variants")));
        add(new Paragraph(getTranslation("catalog.editor.variants.help")));
        add(variants);
        if (working != null) {
            working.variants().forEach(variants::addVariant);
        } else {
            variants.addVariant(new ListingEdit.Variant(null, getTranslation("catalog.editor.variant.default"), null, null, 1));
        }
        Button addVariant = new Button(getTranslation("catalog.editor.variant.add"), VaadinIcon.PLUS.create(), click -> variants.addVariant(null));
        addVariant.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(addVariant);

        boolean archived = existing != null && existing.status() == ListingStatus.ARCHIVED;
        boolean approved = existing != null && existing.status() == ListingStatus.APPROVED;
        save.setText(getTranslation(approved ? "catalog.editor.save-changes" : "catalog.editor.save-draft"));
        save.addClickListener(click -> save(false));
        save.addThemeVariants(approved ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        submit.setText(getTranslation("catalog.editor.submit"));
        submit.addClickListener(click -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setVisible(listings.maySubmit(group, existing == null ? ListingStatus.DRAFT : existing.status()));
        Div buttons = new Div(save, submit);
        buttons.addClassName("pb-editor-buttons");
        buttons.setVisible(!archived);
        add(buttons);
        if (existing != null && !archived) {
            Button archive = new Button(getTranslation("catalog.editor.archive"), click -> {
                try {
                    listings.archive(id);
                    PortalParts.success(this, "catalog.editor.archived");
                    UI.getCurrent().navigate("mitra/produk");
                } catch (IllegalTransitionException e) {
                    PortalParts.error(this, e.messageKey());
                }
            });
            archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            archive.addClassName("pb-editor-archive");
            add(archive);
        }
        if (existing != null && !existing.history().isEmpty()) {
            add(new H2(getTranslation("catalog.editor.history")));
            UnorderedList history = new UnorderedList();
            history.addClassName("pb-history");
            for (Listing.HistoryEntry entry : existing.history()) {
                ListItem item = new ListItem(new Span(ShopTime.dateTime(entry.at(), getLocale())),
                        new Span(getTranslation(ListingWords.history(entry.action()))),
                        new Span(getTranslation(ListingWords.actor(entry.actorRole()))
                                + (entry.actorEmail() == null ? "" : " (" + entry.actorEmail() + ")")));
                if (entry.reason() != null) {
                    Paragraph reason = new Paragraph(entry.reason());
                    reason.addClassName("pb-curator-words");
                    item.add(reason);
                }
                history.add(item);
            }
            add(history);
        }
    }

    /** Checks the form, saves it and (when asked) submits it; messages stand next to their fields. */
    void save(boolean andSubmit) {
        boolean valid = binder.validate().isOk();
        valid &= variants.validate();
        if (andSubmit && !ListingEdit.readyToSubmit(photos.values())) {
            photos.showMessage("catalog.editor.error.photo-needed");
            valid = false;
        }
        if (!valid) {
            PortalParts.error(this, "catalog.editor.check-fields");
            return;
        }
        ListingEdit edit = new ListingEdit(new LocalizedText(titleId.getValue().strip(), titleEn.getValue().strip()),
                new LocalizedText(descriptionId.getValue().strip(), descriptionEn.getValue().strip()), category.getValue().code(),
                price.getValue(), weight.getValue(), variants.values(), photos.values());
        try {
            SaveOutcome outcome;
            if (id == null) {
                id = listings.createDraft(group, edit);
                outcome = SaveOutcome.SAVED;
            } else {
                outcome = listings.save(id, edit);
            }
            if (andSubmit) {
                listings.submit(id);
                PortalParts.success(this, "catalog.editor.submitted");
                UI.getCurrent().navigate("mitra");
                return;
            }
            PortalParts.success(this, switch (outcome) {
                case SAVED -> "catalog.editor.saved";
                case APPLIED -> "catalog.editor.applied";
                case SENT_FOR_REVIEW -> "catalog.editor.sent-for-review";
            });
            UI.getCurrent().navigate("mitra/produk/" + id.value());
        } catch (StockMovedException e) {
            showMovedStock(e);
        } catch (InvalidListingException e) {
            PortalParts.error(this, e.messageKey());
        } catch (IllegalTransitionException e) {
            PortalParts.error(this, e.messageKey());
        }
    }

    /** Orders took (or returned) stock since the editor opened: nothing was saved; the moved variants say so. */
    private void showMovedStock(StockMovedException moved) {
        variants.showMovedStock(moved);
        PortalParts.error(this, moved.messageKey());
    }

    Component statusArea() {
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "catalog.editor.new" : "catalog.editor.edit") + " · " + getTranslation("shell.brand");
    }
}
