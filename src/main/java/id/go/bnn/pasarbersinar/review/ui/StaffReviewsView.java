package id.go.bnn.pasarbersinar.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.review.Review;
import id.go.bnn.pasarbersinar.review.ReviewException;
import id.go.bnn.pasarbersinar.review.Reviews;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The curator's queue of reviews in its provinces (all for an administrator), oldest first: the reported ones and
 * those held for a link or a phone number. Keep or hide, with a reason the decision log keeps.
 */
@Route("staf/ulasan")
@RolesAllowed({"CURATOR", "ADMIN"})
@Menu(title = "review.menu.staff", order = 61)
@StyleSheet("styles/portal.css")
class StaffReviewsView extends Div implements HasDynamicTitle {

    private final Reviews reviews;

    StaffReviewsView(Reviews reviews) {
        this.reviews = reviews;
        addClassName("pb-portal");
        addClassName("pb-staff-reviews");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("review.staff.heading")));
        List<Review> queue = reviews.queue();
        if (queue.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("review.staff.empty"));
            empty.addClassName("pb-portal-done");
            add(empty);
            return;
        }
        add(new Paragraph(getTranslation("review.staff.count", queue.size())));
        for (Review review : queue) {
            Div card = ReviewCards.card(this, review, getLocale());
            Span why = new Span(getTranslation("LINK".equals(review.queueReason()) ? "review.staff.reason-link" : "review.staff.reason-reported"));
            why.addClassName("pb-review-state");
            card.addComponentAsFirst(why);
            if (review.reportNote() != null) {
                Paragraph note = new Paragraph(getTranslation("review.staff.report-note", review.reportNote()));
                note.addClassName("pb-review-report-note");
                card.add(note);
            }
            card.add(new Anchor("pesanan/" + review.orderNumber(), getTranslation("review.staff.order", review.orderNumber())));
            TextField reason = new TextField(getTranslation("review.staff.reason"));
            reason.setMaxLength(Reviews.MAX_NOTE);
            reason.addClassName("pb-review-reason");
            Paragraph feedback = new Paragraph();
            feedback.getElement().setAttribute("role", "status");
            feedback.addClassName("pb-feedback");
            Button keep = new Button(getTranslation("review.staff.keep"), click -> decide(review, true, reason.getValue(), feedback));
            keep.addClassName("pb-review-keep");
            Button hide = new Button(getTranslation("review.staff.hide"), click -> decide(review, false, reason.getValue(), feedback));
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
            hide.addClassName("pb-review-hide");
            Div actions = new Div(keep, hide);
            actions.addClassName("pb-review-actions");
            card.add(reason, actions, feedback);
            add(card);
        }
    }

    private void decide(Review review, boolean keep, String reason, Paragraph feedback) {
        try {
            reviews.decide(review.id(), keep, reason);
            show();
        } catch (ReviewException refused) {
            feedback.setText(getTranslation(refused.key()));
            feedback.addClassName("pb-feedback-error");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.staff.heading") + " | " + getTranslation("shell.brand");
    }
}
