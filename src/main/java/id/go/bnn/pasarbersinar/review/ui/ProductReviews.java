package id.go.bnn.pasarbersinar.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.go.bnn.pasarbersinar.catalog.ProductDetails;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.catalog.StorefrontReviews;
import id.go.bnn.pasarbersinar.review.ProductRatings;
import id.go.bnn.pasarbersinar.review.Review;
import id.go.bnn.pasarbersinar.review.ReviewException;
import id.go.bnn.pasarbersinar.review.Reviews;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The product page's reviews (the catalog's extension point): average, count, a bar per number of stars, and the
 * published reviews newest first, a page at a time ("more"), each with a way to report it.
 */
@org.springframework.stereotype.Component
class ProductReviews implements StorefrontReviews {

    private final Reviews reviews;

    ProductReviews(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public Optional<Digest> digest(ProductId product, int newest) {
        ProductRatings ratings = reviews.ratings(product);
        if (ratings.count() == 0) {
            return Optional.empty();
        }
        List<Quote> quotes = reviews.ofProduct(product, 0).stream().limit(newest)
                .map(review -> new Quote(review.author(), review.rating(), review.body(), review.createdAt())).toList();
        return Optional.of(new Digest(ratings.tenths(), ratings.count(), quotes));
    }

    @Override
    public com.vaadin.flow.component.Component section(ProductDetails product, Locale locale) {
        Section section = new Section();
        section.addClassName("pb-reviews");
        section.addClassName("pb-section");
        section.setId("ulasan");
        section.add(new H2(section.getTranslation("review.heading")));
        ProductRatings ratings = reviews.ratings(product.id());
        if (ratings.count() == 0) {
            Paragraph none = new Paragraph(section.getTranslation("review.none"));
            none.addClassName("pb-reviews-none");
            section.add(none);
            return section;
        }
        Span average = new Span(ReviewCards.average(ratings.tenths(), locale));
        average.addClassName("pb-reviews-average");
        Span count = new Span(section.getTranslation("review.count", ratings.count()));
        count.addClassName("pb-reviews-count");
        Div summary = new Div(average, new Span(ReviewCards.stars((ratings.tenths() + 5) / 10)), count);
        summary.addClassName("pb-reviews-summary");
        Div bars = new Div();
        bars.addClassName("pb-reviews-bars");
        for (int stars = 5; stars >= 1; stars--) {
            Span label = new Span(stars + "★");
            Div fill = new Div();
            fill.addClassName("pb-bar-fill");
            fill.getStyle().set("width", ratings.percent(stars) + "%");
            Div bar = new Div(fill);
            bar.addClassName("pb-bar");
            Span n = new Span(String.valueOf(ratings.withStars(stars)));
            Div row = new Div(label, bar, n);
            row.addClassName("pb-reviews-bar-row");
            row.getElement().setAttribute("aria-label", section.getTranslation("review.bar", stars, ratings.withStars(stars)));
            bars.add(row);
        }
        Div list = new Div();
        list.addClassName("pb-review-list");
        section.add(summary, bars, list);
        int[] page = {0};
        Button more = new Button(section.getTranslation("review.more"));
        more.addClassName("pb-reviews-more");
        Runnable load = () -> {
            List<Review> shown = reviews.ofProduct(product.id(), page[0]);
            shown.forEach(review -> list.add(withReport(section, review, locale)));
            more.setVisible(shown.size() == Reviews.PAGE_SIZE);
        };
        more.addClickListener(click -> {
            page[0]++;
            load.run();
        });
        load.run();
        section.add(more);
        return section;
    }

    private com.vaadin.flow.component.Component withReport(Section context, Review review, Locale locale) {
        Div card = ReviewCards.card(context, review, locale);
        Button report = new Button(context.getTranslation("review.report"));
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        report.addClassName("pb-review-report");
        report.addClickListener(click -> {
            TextField note = new TextField(context.getTranslation("review.report.note"));
            note.setMaxLength(Reviews.MAX_NOTE);
            Button send = new Button(context.getTranslation("review.report.send"));
            Paragraph done = new Paragraph();
            done.getElement().setAttribute("role", "status");
            send.addClickListener(sent -> {
                try {
                    reviews.report(review.id(), note.getValue());
                    done.setText(context.getTranslation("review.report.done"));
                    note.setVisible(false);
                    send.setVisible(false);
                } catch (ReviewException refused) {
                    done.setText(context.getTranslation(refused.key()));
                }
            });
            Div form = new Div(note, send, done);
            form.addClassName("pb-review-report-form");
            card.add(form);
            report.setVisible(false);
        });
        card.add(report);
        return card;
    }
}
