package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.identity.AdministratorSetup;

/** Where the link printed at start-up leads while the shop has no administrator: name it, once. */
@Route("admin-pertama")
@AnonymousAllowed
class FirstAdministratorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AdministratorSetup setup;

    FirstAdministratorView(AdministratorSetup setup) {
        this.setup = setup;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = Pages.query(event, "token").orElse("");
        if (!setup.isLinkValid(token)) {
            add(Pages.narrowPage(getTranslation("identity.first-admin.heading"), Pages.note(getTranslation("identity.error.link-invalid"))));
            return;
        }
        EmailField email = new EmailField(getTranslation("identity.register.email"));
        email.setMaxLength(254);
        email.setWidthFull();
        TextField name = new TextField(getTranslation("identity.register.name"));
        name.setMaxLength(120);
        name.setWidthFull();
        PasswordField password = Pages.newPassword(this, "identity.register.password");
        PasswordField repeat = new PasswordField(getTranslation("identity.register.repeat"));
        repeat.setWidthFull();
        Div form = new Div();
        form.addClassName("pb-account-form");
        Button submit = new Button(getTranslation("identity.first-admin.submit"), click -> {
            if (!Pages.sameAs(this, password, repeat)) {
                return;
            }
            try {
                setup.complete(token, email.getValue(), name.getValue(), password.getValue(), Pages.clientAddress());
                form.removeAll();
                form.add(Pages.note(getTranslation("identity.first-admin.done")),
                        new RouterLink(getTranslation("identity.verify.sign-in"), LoginView.class));
            } catch (AccountException problem) {
                switch (problem.messageKey()) {
                    case "identity.error.email-invalid", "identity.first-admin.email-taken" ->
                            Pages.markInvalid(email, getTranslation(problem.messageKey()));
                    case "identity.error.name-required" -> Pages.markInvalid(name, getTranslation(problem.messageKey()));
                    default -> Pages.markInvalid(password, getTranslation(problem.messageKey()));
                }
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(email, name, password, repeat, submit);
        add(Pages.narrowPage(getTranslation("identity.first-admin.heading"), Pages.note(getTranslation("identity.first-admin.intro")), form));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.first-admin.heading") + " | " + getTranslation("shell.brand");
    }
}
