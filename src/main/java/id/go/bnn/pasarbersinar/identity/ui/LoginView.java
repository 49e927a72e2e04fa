package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for buyers, producer members and staff. */
@Route("masuk")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("pb-login");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("identity.login.title"));
        i18n.getForm().setUsername(getTranslation("identity.login.email"));
        i18n.getForm().setPassword(getTranslation("identity.login.password"));
        i18n.getForm().setSubmit(getTranslation("identity.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("identity.login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("identity.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("identity.login.error.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("masuk");
        add(new H1(getTranslation("identity.login.heading")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.login.heading") + " | " + getTranslation("shell.brand");
    }
}
