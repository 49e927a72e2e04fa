package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.identity.Accounts;

/** Buyers sign up here; staff and producer members are invited instead. */
@Route("daftar")
@AnonymousAllowed
class RegisterView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final PasswordField password;
    private final PasswordField repeat = new PasswordField();
    private final Div form = new Div();

    RegisterView(Accounts accounts) {
        this.accounts = accounts;
        email.setLabel(getTranslation("identity.register.email"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        name.setLabel(getTranslation("identity.register.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        password = Pages.newPassword(this, "identity.register.password");
        repeat.setLabel(getTranslation("identity.register.repeat"));
        repeat.setWidthFull();
        Button submit = new Button(getTranslation("identity.register.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(email, name, password, repeat, submit);
        form.addClassName("pb-account-form");
        add(Pages.narrowPage(getTranslation("identity.register.heading"), Pages.note(getTranslation("identity.register.intro")), form,
                new RouterLink(getTranslation("identity.register.have-account"), LoginView.class)));
    }

    private void submit() {
        if (!Pages.sameAs(this, password, repeat)) {
            return;
        }
        try {
            accounts.register(email.getValue(), name.getValue(), password.getValue(), Pages.clientAddress());
            form.removeAll();
            form.add(Pages.note(getTranslation("identity.register.sent", email.getValue().strip())));
        } catch (AccountException problem) {
            switch (problem.messageKey()) {
                case "identity.error.email-invalid" -> Pages.markInvalid(email, getTranslation(problem.messageKey()));
                case "identity.error.name-required" -> Pages.markInvalid(name, getTranslation(problem.messageKey()));
                default -> Pages.markInvalid(password, getTranslation(problem.messageKey()));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.register.heading") + " | " + getTranslation("shell.brand");
    }
}
