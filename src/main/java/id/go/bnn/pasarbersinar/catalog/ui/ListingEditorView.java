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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.Category;
import id.go.bnn.pasarbersinar.catalog.IllegalTransitionException;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.InvalidImageException;
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
import java.util.ArrayList;
import java.util.List;
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
    private static final int MAX_PHOTOS = 12;

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
    final List<VariantRow> variants = new ArrayList<>();
    final List<PhotoRow> photos = new ArrayList<>();
    final Div variantList = new Div();
    final Div photoList = new Div();
    final Paragraph photoMessage = new Paragraph();
    Button save = new Button();
    Button submit = new Button();
    final Div status = new Div();

    ListingEditorView(Listings listings, Images images, Catalog catalog) {
        this.listings = listings;
        this.images = images;
        this.catalog = catalog;
        addClassNames("pb-portal", "pb-editor");
    }

    /**
     * A variant being edited: its SKU (null when new), name, stock and optional own price, and the stock it was shown
     * with (the shop sets the typed stock only while it still is that figure).
     */
    final class VariantRow {
        final String sku;
        Integer stockSeen;
        final TextField name = new TextField(getTranslation("catalog.editor.variant.name"));
        final IntegerField stock = new IntegerField(getTranslation("catalog.editor.variant.stock"));
        final IntegerField ownPrice = new IntegerField(getTranslation("catalog.editor.variant.price"));
        final String nameEn;
        final Div row = new Div();

        VariantRow(ListingEdit.Variant variant) {
            this.sku = variant == null ? null : variant.sku();
            this.nameEn = variant == null ? null : variant.nameEn();
            this.stockSeen = variant == null ? null : variant.stockSeen();
            name.setValue(variant == null ? "" : variant.nameId());
            name.setMaxLength(120);
            stock.setValue(variant == null ? 1 : variant.stock());
            stock.setMin(0);
            stock.setStepButtonsVisible(true);
            ownPrice.setValue(variant == null || variant.price() == null ? null : variant.price().intValue());
            ownPrice.setPrefixComponent(new Span("Rp"));
            ownPrice.setHelperText(getTranslation("catalog.editor.variant.price.help"));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                if (variants.size() > 1) {
                    variants.remove(this);
                    variantList.remove(row);
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("catalog.editor.variant.remove"));
            row.add(name, stock, ownPrice, remove);
            row.addClassName("pb-variant");
        }
    }

    /** A photo in the listing: thumbnail, alt text, move, make cover, remove. */
    final class PhotoRow {
        final String hash;
        final TextField alt = new TextField(getTranslation("catalog.editor.photo.alt"));
        final String altEn;
        final Div row = new Div();

        PhotoRow(String hash, String altId, String altEn) {
            this.hash = hash;
            this.altEn = altEn;
            alt.setValue(altId == null ? "" : altId);
            alt.setMaxLength(200);
            alt.setHelperText(getTranslation("catalog.editor.photo.alt.help"));
            row.addClassName("pb-photo");
        }

        void render(int index) {
            row.removeAll();
            Div tools = new Div();
            tools.addClassName("pb-photo-tools");
            if (index == 0) {
                Span cover = new Span(getTranslation("catalog.editor.photo.cover"));
                cover.addClassName("pb-photo-cover");
                tools.add(cover);
            } else {
                Button makeCover = new Button(getTranslation("catalog.editor.photo.make-cover"), click -> move(this, 0));
                makeCover.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Button earlier = new Button(VaadinIcon.ARROW_UP.create(), click -> move(this, index - 1));
                earlier.setAriaLabel(getTranslation("catalog.editor.photo.earlier"));
                earlier.addThemeVariants(ButtonVariant.LUMO_SMALL);
                tools.add(makeCover, earlier);
            }
            if (index < photos.size() - 1) {
                Button later = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(this, index + 1));
                later.setAriaLabel(getTranslation("catalog.editor.photo.later"));
                later.addThemeVariants(ButtonVariant.LUMO_SMALL);
                tools.add(later);
            }
            Button remove = new Button(getTranslation("catalog.editor.photo.remove"), VaadinIcon.TRASH.create(), click -> {
                photos.remove(this);
                renderPhotos();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            tools.add(remove);
            Div side = new Div(alt, tools);
            side.addClassName("pb-photo-side");
            row.add(PortalParts.thumbnail(hash, alt.getValue()), side);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse(NEW);
        Caller caller = Caller.current();
        // Vaadin reuses this view when moving from /mitra/produk/baru to /mitra/produk/{id}: start from nothing.
        removeAll();
        id = null;
        listing = null;
        photos.clear();
        variants.clear();
        photoList.removeAll();
        variantList.removeAll();
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
        InMemoryUploadHandler handler = UploadHandler.inMemory((metadata, bytes) -> addPhoto(bytes));
        Upload upload = new Upload(handler);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(Images.MAX_BYTES);
        upload.setMaxFiles(MAX_PHOTOS);
        upload.setDropLabel(new Span(getTranslation("catalog.editor.photos.help")));
        upload.setUploadButton(new Button(getTranslation("catalog.editor.photos.add"), VaadinIcon.CAMERA.create()));
        upload.addFileRejectedListener(rejected -> showPhotoMessage("catalog.upload.too-large"));
        upload.addClassName("pb-upload");
        photoMessage.addClassName("pb-field-error");
        photoMessage.setVisible(false);
        photoList.addClassName("pb-photo-list");
        add(upload, photoMessage, photoList);
        if (working != null) {
            working.photos().forEach(photo -> photos.add(new PhotoRow(photo.hash(), photo.altId(), photo.altEn())));
        }
        renderPhotos();

        add(new H2(getTranslation("catalog.editor.about")));
        titleId.setLabel(getTranslation("catalog.editor.title-id"));
        titleId.setMaxLength(160);
        titleId.setWidthFull();
        titleEn.setLabel(getTranslation("catalog.editor.title-en"));
        titleEn.setHelperText(getTranslation("catalog.editor.optional-english"));
        titleEn.setMaxLength(160);
        titleEn.setWidthFull();
        descriptionId.setLabel(getTranslation("catalog.editor.description-id"));
        descriptionId.setHelperText(getTranslation("catalog.editor.description.help"));
        descriptionId.setMaxLength(5000);
        descriptionId.setWidthFull();
        descriptionEn.setLabel(getTranslation("catalog.editor.description-en"));
        descriptionEn.setHelperText(getTranslation("catalog.editor.optional-english"));
        descriptionEn.setMaxLength(5000);
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
            titleId.setValue(working.title().id());
            titleEn.setValue(working.title().en() == null ? "" : working.title().en());
            descriptionId.setValue(working.description().id());
            descriptionEn.setValue(working.description().en() == null ? "" : working.description().en());
            category.setValue(catalog.category(working.categoryCode()).orElse(null));
            price.setValue((int) working.price());
            weight.setValue(working.weightGrams());
        }
        Div english = new Div(titleEn, descriptionEn);
        english.addClassName("pb-english");
        Span englishLabel = new Span(getTranslation("catalog.editor.english"));
        englishLabel.addClassName("pb-english-label");
        add(titleId, descriptionId, category, price, weight, englishLabel, english);

        add(new H2(getTranslation("catalog.editor.variants")));
        add(new Paragraph(getTranslation("catalog.editor.variants.help")));
        variantList.addClassName("pb-variant-list");
        add(variantList);
        if (working != null) {
            working.variants().forEach(variant -> addVariant(variant));
        } else {
            addVariant(new ListingEdit.Variant(null, getTranslation("catalog.editor.variant.default"), null, null, 1));
        }
        Button addVariant = new Button(getTranslation("catalog.editor.variant.add"), VaadinIcon.PLUS.create(), click -> addVariant(null));
        addVariant.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(addVariant);

        boolean archived = existing != null && existing.status() == ListingStatus.ARCHIVED;
        boolean approved = existing != null && existing.status() == ListingStatus.APPROVED;
        boolean submittable = existing == null || existing.status() == ListingStatus.DRAFT
                || existing.status() == ListingStatus.CHANGES_REQUESTED;
        save.setText(getTranslation(approved ? "catalog.editor.save-changes" : "catalog.editor.save-draft"));
        save.addClickListener(click -> save(false));
        save.addThemeVariants(approved ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        submit.setText(getTranslation("catalog.editor.submit"));
        submit.addClickListener(click -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setVisible(submittable && Caller.current().actsFor(group.value()));
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
                        new Span(getTranslation(String.join(".", "catalog", "history", entry.action()))),
                        new Span(getTranslation(String.join(".", "catalog", "history", "by", entry.actorRole()))
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

    void addVariant(ListingEdit.Variant variant) {
        VariantRow row = new VariantRow(variant);
        variants.add(row);
        variantList.add(row.row);
    }

    /** Stores an uploaded photo (checked and cleaned by the catalog) and shows it, or says why it was refused. */
    void addPhoto(byte[] bytes) {
        UI ui = UI.getCurrent();
        String message = null;
        ImageRef stored = null;
        if (photos.size() >= MAX_PHOTOS) {
            message = "catalog.editor.photos.too-many";
        } else {
            try {
                stored = images.store(bytes);
            } catch (InvalidImageException refused) {
                message = refused.messageKey();
            }
        }
        ImageRef picture = stored;
        String problem = message;
        Runnable show = () -> {
            if (problem != null) {
                showPhotoMessage(problem);
            } else if (photos.stream().noneMatch(photo -> photo.hash.equals(picture.hash()))) {
                photoMessage.setVisible(false);
                photos.add(new PhotoRow(picture.hash(), titleId.getValue().isBlank() ? null : titleId.getValue(), null));
                renderPhotos();
            }
        };
        if (ui != null && !ui.getSession().hasLock()) {
            ui.access(show::run);
        } else {
            show.run();
        }
    }

    private void showPhotoMessage(String key) {
        photoMessage.setText(getTranslation(key));
        photoMessage.setVisible(true);
    }

    private void move(PhotoRow photo, int to) {
        photos.remove(photo);
        photos.add(Math.max(0, Math.min(to, photos.size())), photo);
        renderPhotos();
    }

    private void renderPhotos() {
        photoList.removeAll();
        for (int i = 0; i < photos.size(); i++) {
            photos.get(i).render(i);
            photoList.add(photos.get(i).row);
        }
    }

    /** Checks the form, saves it and (when asked) submits it; messages stand next to their fields. */
    void save(boolean andSubmit) {
        if (!valid(andSubmit)) {
            PortalParts.error(this, "catalog.editor.check-fields");
            return;
        }
        ListingEdit edit = new ListingEdit(new LocalizedText(titleId.getValue().strip(), titleEn.getValue().strip()),
                new LocalizedText(descriptionId.getValue().strip(), descriptionEn.getValue().strip()), category.getValue().code(),
                price.getValue(), weight.getValue(),
                variants.stream().map(v -> new ListingEdit.Variant(v.sku, v.name.getValue().strip(), v.nameEn,
                        v.ownPrice.getValue() == null ? null : v.ownPrice.getValue().longValue(), v.stock.getValue(), v.stockSeen)).toList(),
                photos.stream().map(p -> new ListingEdit.Photo(p.hash, p.alt.getValue().strip(), p.altEn)).toList());
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

    /**
     * Orders took (or returned) stock since the editor opened: nothing was saved. Each moved variant now shows its
     * current stock, says what the producer had typed, and the next save is checked against the new figure.
     */
    private void showMovedStock(StockMovedException moved) {
        for (VariantRow row : variants) {
            Integer now = row.sku == null ? null : moved.currentBySku().get(row.sku);
            if (now != null) {
                Integer typed = row.stock.getValue();
                row.stockSeen = now;
                row.stock.setValue(now);
                row.stock.setErrorMessage(getTranslation("catalog.editor.stock-moved.variant", now, typed == null ? "" : typed));
                row.stock.setInvalid(true);
            }
        }
        PortalParts.error(this, moved.messageKey());
    }

    private boolean valid(boolean forSubmission) {
        boolean ok = true;
        ok &= require(titleId, titleId.getValue().isBlank(), "catalog.editor.error.title");
        ok &= require(descriptionId, descriptionId.getValue().isBlank(), "catalog.editor.error.description");
        category.setInvalid(category.getValue() == null);
        category.setErrorMessage(getTranslation("catalog.editor.error.category"));
        ok &= category.getValue() != null;
        price.setInvalid(price.getValue() == null || price.getValue() <= 0 || price.getValue() > 1_000_000_000);
        price.setErrorMessage(getTranslation("catalog.editor.error.price"));
        ok &= !price.isInvalid();
        weight.setInvalid(weight.getValue() == null || weight.getValue() <= 0 || weight.getValue() > 100_000);
        weight.setErrorMessage(getTranslation("catalog.editor.error.weight"));
        ok &= !weight.isInvalid();
        for (VariantRow row : variants) {
            ok &= require(row.name, row.name.getValue().isBlank(), "catalog.editor.error.variant-name");
            row.stock.setInvalid(row.stock.getValue() == null || row.stock.getValue() < 0 || row.stock.getValue() > 1_000_000);
            row.stock.setErrorMessage(getTranslation("catalog.editor.error.stock"));
            ok &= !row.stock.isInvalid();
            row.ownPrice.setInvalid(row.ownPrice.getValue() != null && row.ownPrice.getValue() <= 0);
            row.ownPrice.setErrorMessage(getTranslation("catalog.editor.error.price"));
            ok &= !row.ownPrice.isInvalid();
        }
        if (forSubmission && photos.isEmpty()) {
            showPhotoMessage("catalog.editor.error.photo-needed");
            ok = false;
        }
        return ok;
    }

    private boolean require(TextField field, boolean missing, String key) {
        field.setInvalid(missing);
        field.setErrorMessage(getTranslation(key));
        return !missing;
    }

    private boolean require(TextArea field, boolean missing, String key) {
        field.setInvalid(missing);
        field.setErrorMessage(getTranslation(key));
        return !missing;
    }

    Component statusArea() {
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "catalog.editor.new" : "catalog.editor.edit") + " · " + getTranslation("shell.brand");
    }
}
