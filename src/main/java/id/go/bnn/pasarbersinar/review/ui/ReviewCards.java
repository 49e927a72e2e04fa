package id.go.bnn.pasarbersinar.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.review.Review;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.util.Locale;

/** One review as anyone may read it: stars, author (first name and initial), variant, date bought, text, photos, answer. */
final class ReviewCards {

    private ReviewCards() {
    }

    static String stars(int rating) {
        return "★".repeat(rating) + "☆".repeat(5 - rating);
    }

    static String average(int tenths, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(tenths / 10.0);
    }

    static Div card(Component context, Review review, Locale locale) {
        Span stars = new Span(stars(review.rating()));
        stars.addClassName("pb-review-stars");
        stars.getElement().setAttribute("aria-label", context.getTranslation("review.stars", review.rating()));
        Span author = new Span(review.author());
        author.addClassName("pb-review-author");
        Span meta = new Span(context.getTranslation("review.bought", review.variant().in(locale), ShopTime.date(review.boughtAt(), locale)));
        meta.addClassName("pb-review-meta");
        Paragraph body = new Paragraph(review.body());
        body.addClassName("pb-review-body");
        Div card = new Div(stars, author, meta, body);
        card.addClassName("pb-review");
        if (!review.photos().isEmpty()) {
            Div photos = new Div();
            photos.addClassName("pb-review-photos");
            for (String hash : review.photos()) {
                Image image = new Image(ImageRef.url(hash, ImageRef.SMALL), context.getTranslation("review.photo-alt", review.author()));
                image.getElement().setAttribute("loading", "lazy");
                Anchor open = new Anchor("/gambar/" + hash, "");
                open.setTarget(AnchorTarget.BLANK);
                open.getElement().setAttribute("router-ignore", true);
                open.add(image);
                photos.add(open);
            }
            card.add(photos);
        }
        if (review.answered()) {
            Span who = new Span(context.getTranslation("review.answer-by-group"));
            who.addClassName("pb-review-answer-who");
            Paragraph answer = new Paragraph(review.answer());
            Div box = new Div(who, answer);
            box.addClassName("pb-review-answer");
            card.add(box);
        }
        return card;
    }
}
