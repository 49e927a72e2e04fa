package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import id.go.bnn.pasarbersinar.identity.AccountException;
import java.util.List;
import java.util.Optional;

/** What the account pages share: the narrow page frame, the client's address, messages and password fields. */
final class Pages {

    private Pages() {
    }

    static Div narrowPage(String heading, Component... content) {
        Div page = new Div();
        page.addClassName("pb-account-page");
        page.add(new H1(heading));
        page.add(content);
        return page;
    }

    static Paragraph note(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("pb-account-note");
        return paragraph;
    }

    /** The client's address as the server sees it (behind a proxy: from the forwarded headers), for throttling and the log. */
    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    static Optional<String> query(BeforeEnterEvent event, String name) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    static Object sessionAttribute(String name) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(name);
    }

    static void success(Component source, String key) {
        Notification notification = Notification.show(source.getTranslation(key), 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(Component source, AccountException problem) {
        Notification notification = Notification.show(source.getTranslation(problem.messageKey()), 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static <T extends Component & HasValidation> void markInvalid(T field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    static PasswordField newPassword(Component source, String labelKey) {
        PasswordField field = new PasswordField(source.getTranslation(labelKey));
        field.setHelperText(source.getTranslation("identity.password.rules"));
        field.setMaxLength(128);
        field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        field.setWidthFull();
        return field;
    }

    /** The second password box must repeat the first; the service judges strength. */
    static boolean sameAs(Component source, PasswordField password, PasswordField repeat) {
        if (!password.getValue().equals(repeat.getValue())) {
            markInvalid(repeat, source.getTranslation("identity.error.passwords-differ"));
            return false;
        }
        repeat.setInvalid(false);
        return true;
    }
}
