package id.go.bnn.pasarbersinar.curation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.IllegalTransitionException;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.InvalidListingException;
import id.go.bnn.pasarbersinar.catalog.Listing;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * One listing under review: for a revision, the live version and the proposal side by side with the changed fields
 * marked; approve, or send it back with a reason the group reads.
 */
@Route("staf/kurasi/:id")
@RolesAllowed({"CURATOR", "ADMIN"})
@StyleSheet("styles/portal.css")
class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Listings listings;
    private final ListingReviews reviews;
    private final Catalog catalog;
    private ProductId id;
    final TextArea reason = new TextArea();
    final Button approve = new Button();
    final Button sendBack = new Button();

    ReviewView(Listings listings, ListingReviews reviews, Catalog catalog) {
        this.listings = listings;
        this.reviews = reviews;
        this.catalog = catalog;
        addClassNames("pb-portal", "pb-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Listing listing;
        try {
            id = new ProductId(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
            listing = listings.find(id);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new Anchor("staf/kurasi", getTranslation("curation.review.back")));
        add(new H1(listing.live().title().id()));
        Paragraph group = new Paragraph(getTranslation("curation.review.group", listing.groupName()));
        add(group);
        boolean revision = listing.hasPendingRevision();
        Div columns = new Div();
        columns.addClassName("pb-compare");
        if (revision) {
            columns.add(column("curation.review.live", listing.live(), null), column("curation.review.proposed", listing.revision(), listing.live()));
        } else {
            columns.add(column("curation.review.submitted", listing.live(), null));
        }
        add(columns);

        boolean reviewable = revision || listing.status() == ListingStatus.SUBMITTED;
        if (!reviewable) {
            add(new Paragraph(getTranslation("curation.review.nothing-to-review")));
            return;
        }
        approve.setText(getTranslation("curation.review.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(click -> decide(true));
        reason.setLabel(getTranslation("curation.review.reason"));
        reason.setHelperText(getTranslation("curation.review.reason.help"));
        reason.setMaxLength(ListingReviews.MAX_REASON_LENGTH);
        reason.setWidthFull();
        sendBack.setText(getTranslation("curation.review.request-changes"));
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.addClickListener(click -> decide(false));
        Div decision = new Div(approve, reason, sendBack);
        decision.addClassName("pb-review-decision");
        add(new H2(getTranslation("curation.review.decision")), decision);
    }

    void decide(boolean approved) {
        try {
            if (approved) {
                reviews.approve(id);
            } else {
                reviews.requestChanges(id, reason.getValue());
            }
            Notification.show(getTranslation(approved ? "curation.review.approved" : "curation.review.sent-back"), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("staf/kurasi");
        } catch (InvalidListingException e) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation(e.messageKey()));
        } catch (IllegalTransitionException e) {
            Notification.show(getTranslation(e.messageKey()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Div column(String headingKey, ListingEdit shown, ListingEdit live) {
        Div column = new Div(new H2(getTranslation(headingKey)));
        column.addClassName("pb-compare-column");
        Div photos = new Div();
        photos.addClassName("pb-compare-photos");
        for (ListingEdit.Photo photo : shown.photos()) {
            Image image = new Image(ImageRef.url(photo.hash(), ImageRef.SMALL), photo.altId() == null ? "" : photo.altId());
            image.addClassName("pb-thumb");
            photos.add(image);
        }
        column.add(field("curation.review.photos", photos, live != null && !photoKeys(shown).equals(photoKeys(live))));
        column.add(text("curation.review.title-id", shown, live, e -> e.title().id()));
        column.add(text("curation.review.title-en", shown, live, e -> e.title().en()));
        column.add(text("curation.review.description-id", shown, live, e -> e.description().id()));
        column.add(text("curation.review.description-en", shown, live, e -> e.description().en()));
        column.add(text("curation.review.category", shown, live,
                e -> catalog.category(e.categoryCode()).map(c -> c.name().in(getLocale())).orElse(e.categoryCode())));
        column.add(text("curation.review.price", shown, live, e -> Money.rupiah(e.price()).format()));
        column.add(text("curation.review.variants", shown, live, e -> e.variants().stream()
                .map(v -> v.nameId() + (v.price() == null ? "" : " " + Money.rupiah(v.price()).format()) + " (" + v.stock() + ")")
                .collect(Collectors.joining(", "))));
        return column;
    }

    private static String photoKeys(ListingEdit edit) {
        return edit.photos().stream().map(p -> p.hash() + "|" + p.altId()).collect(Collectors.joining(","));
    }

    private Div text(String labelKey, ListingEdit shown, ListingEdit live, Function<ListingEdit, String> value) {
        String text = value.apply(shown);
        Paragraph content = new Paragraph(text == null || text.isBlank() ? "—" : text);
        return field(labelKey, content, live != null && !Objects.equals(blank(text), blank(value.apply(live))));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Div field(String labelKey, Component content, boolean changed) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("pb-compare-label");
        Div field = new Div(label, content);
        field.addClassName("pb-compare-field");
        if (changed) {
            field.addClassName("pb-changed");
            Span mark = new Span(getTranslation("curation.review.changed"));
            mark.addClassName("pb-changed-mark");
            label.add(mark);
        }
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.queue.heading") + " · " + getTranslation("shell.brand");
    }
}
