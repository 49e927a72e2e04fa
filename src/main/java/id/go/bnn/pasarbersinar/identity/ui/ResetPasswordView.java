package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.identity.Accounts;

/** Where the reset mail leads: a new password, once, within 30 minutes. */
@Route("atur-sandi")
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Accounts accounts;

    ResetPasswordView(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = Pages.query(event, "token").orElse("");
        if (!accounts.isResetLinkValid(token)) {
            add(Pages.narrowPage(getTranslation("identity.reset.heading"), Pages.note(getTranslation("identity.error.link-invalid")),
                    new RouterLink(getTranslation("identity.reset.again"), ForgotPasswordView.class)));
            return;
        }
        PasswordField password = Pages.newPassword(this, "identity.reset.password");
        PasswordField repeat = new PasswordField(getTranslation("identity.register.repeat"));
        repeat.setWidthFull();
        Div form = new Div();
        form.addClassName("pb-account-form");
        Button submit = new Button(getTranslation("identity.reset.submit"), click -> {
            if (!Pages.sameAs(this, password, repeat)) {
                return;
            }
            try {
                accounts.resetPassword(token, password.getValue(), Pages.clientAddress());
                form.removeAll();
                form.add(Pages.note(getTranslation("identity.reset.done")), new RouterLink(getTranslation("identity.verify.sign-in"), LoginView.class));
            } catch (AccountException problem) {
                Pages.markInvalid(password, getTranslation(problem.messageKey()));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(password, repeat, submit);
        add(Pages.narrowPage(getTranslation("identity.reset.heading"), form));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.reset.heading") + " | " + getTranslation("shell.brand");
    }
}
