package id.go.bnn.pasarbersinar.curation.ui;

import com.vaadin.flow.component.html.Paragraph;
import id.go.bnn.pasarbersinar.catalog.CollectionException;
import id.go.bnn.pasarbersinar.catalog.InvalidImageException;
import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.producer.GroupProfileException;
import jakarta.validation.ConstraintViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The line under a form that says what happened, in the page's language: read out by screen readers
 * ({@code role=status}) and kept in the page, not a toast that vanishes before a tired eye finds it.
 */
class Feedback extends Paragraph {

    Feedback() {
        addClassName("pb-feedback");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    void success(String key, Object... parameters) {
        show(getTranslation(key, parameters), false);
    }

    void error(String key) {
        show(getTranslation(key), true);
    }

    /** The message of a refusal by a service; anything unexpected is not caught here. */
    void refused(RuntimeException problem) {
        error(keyOf(problem));
    }

    static String keyOf(RuntimeException problem) {
        return switch (problem) {
            case GroupProfileException p -> p.key();
            case AccountException p -> p.messageKey();
            case CollectionException p -> p.messageKey();
            case InvalidImageException p -> p.messageKey();
            case AccessDeniedException p -> "curation.error.not-allowed";
            case ConstraintViolationException p -> "curation.error.check-fields";
            default -> throw problem;
        };
    }

    private void show(String text, boolean error) {
        setText(text);
        setClassName("pb-feedback-error", error);
        setClassName("pb-feedback-success", !error);
        setVisible(true);
    }
}
