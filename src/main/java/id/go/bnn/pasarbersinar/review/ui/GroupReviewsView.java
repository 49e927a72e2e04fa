package id.go.bnn.pasarbersinar.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.review.Review;
import id.go.bnn.pasarbersinar.review.ReviewException;
import id.go.bnn.pasarbersinar.review.ReviewStatus;
import id.go.bnn.pasarbersinar.review.Reviews;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The acting group's reviews, newest first, each with its one public answer or a field to write it. */
@Route("mitra/ulasan")
@RolesAllowed("PRODUCER")
@Menu(title = "review.menu.group", order = 56)
@StyleSheet("styles/portal.css")
class GroupReviewsView extends Div implements HasDynamicTitle {

    private final Reviews reviews;

    GroupReviewsView(Reviews reviews) {
        this.reviews = reviews;
        addClassName("pb-portal");
        addClassName("pb-group-reviews");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("review.group.heading")));
        List<Review> mine = reviews.forMyGroup();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("review.group.empty")));
            return;
        }
        for (Review review : mine) {
            Div card = ReviewCards.card(this, review, getLocale());
            if (review.status() != ReviewStatus.PUBLISHED) {
                Span state = new Span(getTranslation(review.status() == ReviewStatus.HELD ? "review.group.held" : "review.group.hidden"));
                state.addClassName("pb-review-state");
                card.addComponentAsFirst(state);
            }
            if (!review.answered()) {
                TextArea answer = new TextArea(getTranslation("review.group.answer"));
                answer.setMaxLength(Reviews.MAX_ANSWER);
                answer.addClassName("pb-review-answer-field");
                Paragraph feedback = new Paragraph();
                feedback.getElement().setAttribute("role", "status");
                feedback.addClassName("pb-feedback");
                Button send = new Button(getTranslation("review.group.send"), click -> {
                    try {
                        reviews.answer(review.id(), answer.getValue());
                        show();
                    } catch (ReviewException refused) {
                        feedback.setText(getTranslation(refused.key()));
                        feedback.addClassName("pb-feedback-error");
                    }
                });
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                send.addClassName("pb-review-answer-send");
                card.add(answer, send, feedback);
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.group.heading") + " | " + getTranslation("shell.brand");
    }
}
