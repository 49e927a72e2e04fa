package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.identity.Accounts;

/** Asks for a reset link; the answer is the same whether an account exists or not. */
@Route("lupa-sandi")
@AnonymousAllowed
class ForgotPasswordView extends Div implements HasDynamicTitle {

    ForgotPasswordView(Accounts accounts) {
        EmailField email = new EmailField(getTranslation("identity.forgot.email"));
        email.setWidthFull();
        email.setMaxLength(254);
        Div form = new Div();
        form.addClassName("pb-account-form");
        Button submit = new Button(getTranslation("identity.forgot.submit"), click -> {
            if (!email.getValue().isBlank()) {
                accounts.requestPasswordReset(email.getValue(), Pages.clientAddress());
                form.removeAll();
                form.add(Pages.note(getTranslation("identity.forgot.sent")));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(email, submit);
        add(Pages.narrowPage(getTranslation("identity.forgot.heading"), Pages.note(getTranslation("identity.forgot.intro")), form));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.forgot.heading") + " | " + getTranslation("shell.brand");
    }
}
