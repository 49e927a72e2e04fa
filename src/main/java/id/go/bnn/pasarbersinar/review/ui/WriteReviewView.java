package id.go.bnn.pasarbersinar.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.review.ReviewDraft;
import id.go.bnn.pasarbersinar.review.ReviewException;
import id.go.bnn.pasarbersinar.review.ReviewableLine;
import id.go.bnn.pasarbersinar.review.Reviews;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the buyer reviews what a delivered order held: a form per line (the line of the order page's link first), or
 * the review written, editable until the period ends. Guests come with the order's signed link ({@code t}); the
 * service decides who is the buyer, this page only shows what it answers.
 */
@Route("ulasan/tulis/:number")
@AnonymousAllowed
class WriteReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Reviews reviews;
    private final Catalog catalog;
    private Map<Long, String> productUrls = Map.of();
    private String number;
    private String token;

    WriteReviewView(Reviews reviews, Catalog catalog) {
        this.reviews = reviews;
        this.catalog = catalog;
        addClassName("pb-write-reviews");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        token = query.getOrDefault("t", List.of()).stream().findFirst().orElse(null);
        String first = query.getOrDefault("baris", List.of()).stream().findFirst().orElse("");
        List<ReviewableLine> lines = new ArrayList<>(reviews.reviewable(number, token));
        if (lines.isEmpty()) {
            throw new NotFoundException();
        }
        lines.sort((a, b) -> Boolean.compare(!String.valueOf(a.lineId()).equals(first), !String.valueOf(b.lineId()).equals(first)));
        productUrls = catalog.cards(lines.stream().map(line -> new ProductId(line.productId())).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(card -> card.id().value(), ProductCard::url, (a, b) -> a));
        removeAll();
        add(new H1(getTranslation("review.write.heading")));
        add(new Anchor("pesanan/" + number + (token == null ? "" : "?t=" + java.net.URLEncoder.encode(token,
                java.nio.charset.StandardCharsets.UTF_8)), getTranslation("review.write.back")));
        lines.forEach(line -> add(form(line)));
    }

    private Section form(ReviewableLine line) {
        String url = productUrls.get(line.productId());
        H2 title = new H2();
        if (url == null) {
            title.setText(line.label().in(getLocale()));
        } else {
            Anchor product = new Anchor(url.substring(1), line.label().in(getLocale()));
            product.addClassName("pb-review-product");
            title.add(product);
        }
        Section box = new Section(title);
        box.addClassName("pb-review-form");
        box.getElement().setAttribute("data-line", String.valueOf(line.lineId()));
        Paragraph feedback = new Paragraph();
        feedback.addClassName("pb-feedback");
        feedback.getElement().setAttribute("role", "status");
        if (line.review() != null && !line.editable()) {
            box.add(ReviewCards.card(this, line.review(), getLocale()), new Paragraph(getTranslation("review.write.closed")));
            return box;
        }
        RadioButtonGroup<Integer> stars = new RadioButtonGroup<>(getTranslation("review.write.stars"));
        stars.setItems(5, 4, 3, 2, 1);
        stars.setItemLabelGenerator(n -> ReviewCards.stars(n) + " " + getTranslation("review.stars", n));
        stars.addClassName("pb-review-stars-field");
        TextArea text = new TextArea(getTranslation("review.write.text"));
        text.setMaxLength(Reviews.MAX_TEXT);
        text.setHelperText(getTranslation("review.write.text-help", Reviews.MAX_TEXT));
        text.addClassName("pb-review-text");
        List<byte[]> photos = new ArrayList<>();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> photos.add(bytes)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(Images.MAX_BYTES);
        upload.setMaxFiles(Reviews.MAX_PHOTOS);
        upload.setUploadButton(new Button(getTranslation("review.write.photos")));
        upload.addClassName("pb-review-upload");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("review.write.photos-help")));
        upload.addFileRemovedListener(removed -> photos.clear());
        boolean editing = line.review() != null;
        if (editing) {
            stars.setValue(line.review().rating());
            text.setValue(line.review().body());
            box.add(new Paragraph(getTranslation("review.write.editable-until", ShopTime.date(line.editableUntil(), getLocale()))));
            if (line.review().status() == id.go.bnn.pasarbersinar.review.ReviewStatus.HELD) {
                Paragraph held = new Paragraph(getTranslation("review.write.held"));
                held.addClassName("pb-review-held");
                box.add(held);
            }
        }
        Button save = new Button(getTranslation(editing ? "review.write.update" : "review.write.send"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("pb-review-send");
        save.addClickListener(click -> {
            ReviewDraft draft = new ReviewDraft(stars.getValue() == null ? 0 : stars.getValue(), text.getValue(), photos);
            try {
                if (editing) {
                    reviews.edit(number, token, line.lineId(), draft);
                } else {
                    reviews.write(number, token, line.lineId(), draft);
                }
                boolean held = reviews.reviewable(number, token).stream().filter(l -> l.lineId() == line.lineId() && l.review() != null)
                        .anyMatch(l -> l.review().status() == id.go.bnn.pasarbersinar.review.ReviewStatus.HELD);
                feedback.setText(getTranslation(held ? "review.write.held" : "review.write.thanks"));
                feedback.setClassName("pb-feedback-error", false);
                save.setEnabled(false);
            } catch (ReviewException refused) {
                feedback.setText(getTranslation(refused.key()));
                feedback.setClassName("pb-feedback-error", true);
            }
        });
        box.add(stars, text, upload, save, feedback);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.write.heading") + " | " + getTranslation("shell.brand");
    }
}
