package id.go.bnn.pasarbersinar.exhibition.ui;

import com.vaadin.flow.component.html.Paragraph;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionException;
import org.springframework.security.access.AccessDeniedException;

/** The line under a form that says what happened, read out by screen readers and kept in the page. */
class Notice extends Paragraph {

    Notice() {
        addClassName("pb-feedback");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    void success(String key, Object... parameters) {
        show(getTranslation(key, parameters), false);
    }

    void error(String key, Object... parameters) {
        show(getTranslation(key, parameters), true);
    }

    /** Runs a service call; a refusal shows its message, and anything unexpected is not caught here. */
    boolean run(Runnable call) {
        try {
            call.run();
            return true;
        } catch (ExhibitionException refused) {
            show(getTranslation(refused.messageKey()), true);
        } catch (AccessDeniedException refused) {
            show(getTranslation("exhibition.error.not-allowed"), true);
        }
        return false;
    }

    private void show(String text, boolean error) {
        setText(text);
        setClassName("pb-feedback-error", error);
        setClassName("pb-feedback-success", !error);
        setVisible(true);
    }
}
