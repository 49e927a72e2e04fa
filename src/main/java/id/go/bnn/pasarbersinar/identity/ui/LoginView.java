package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.identity.internal.SignInRefused;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in for buyers, producer members and staff. The form posts to Spring Security; after a refusal the reason is
 * read back from the session: wrong password or unknown account (one message), locked (with when to try again),
 * e-mail not verified yet, or a second factor to ask for.
 */
@Route("masuk")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Clock clock;

    public LoginView(Clock clock) {
        this.clock = clock;
        addClassName("pb-login");
        form.setI18n(i18n("identity.login.error.title", "identity.login.error.message"));
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setAction("masuk");
        Paragraph register = new Paragraph(getTranslation("identity.login.no-account") + " ");
        register.add(new RouterLink(getTranslation("identity.login.register"), RegisterView.class));
        register.addClassName("pb-login-register");
        add(new H1(getTranslation("identity.login.heading")), form, register);
    }

    private LoginI18n i18n(String titleKey, String messageKey, Object... parameters) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("identity.login.title"));
        i18n.getForm().setUsername(getTranslation("identity.login.email"));
        i18n.getForm().setPassword(getTranslation("identity.login.password"));
        i18n.getForm().setSubmit(getTranslation("identity.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("identity.login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(getTranslation(messageKey, parameters));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (error) {
            Object refusal = Pages.sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (refusal instanceof SignInRefused.SecondFactorRequired pending && clock.instant().isBefore(pending.expiresAt())) {
                event.forwardTo(SecondFactorView.class);
                return;
            }
            if (refusal instanceof SignInRefused.Locked locked) {
                long minutes = Math.max(1, (Duration.between(clock.instant(), locked.until()).toSeconds() + 59) / 60);
                form.setI18n(i18n("identity.login.locked.title", "identity.login.locked.message", minutes));
            } else if (refusal instanceof SignInRefused.EmailNotVerified) {
                form.setI18n(i18n("identity.login.unverified.title", "identity.login.unverified.message"));
            }
        }
        form.setError(error);
        if (error && Pages.sessionAttribute(SignInRefused.LAST_USERNAME) instanceof String username) {
            keepUsername(username);
        }
    }

    /** After a refusal the address stays in the form and the password field has the focus. */
    private void keepUsername(String username) {
        // The form's fields are light DOM of the page (ids fixed by vaadin-login-form); tried for a few frames while it renders.
        form.getElement().executeJs("""
                let tries = 0;
                const fill = () => {
                  const user = document.getElementById('vaadinLoginUsername');
                  const password = document.getElementById('vaadinLoginPassword');
                  if (!user || !password) {
                    if (tries++ < 120) { requestAnimationFrame(fill); }
                    return;
                  }
                  user.value = $0;
                  password.focus();
                  if (!password.contains(document.activeElement) && tries++ < 120) { requestAnimationFrame(fill); }
                };
                fill();
                """, username);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.login.heading") + " | " + getTranslation("shell.brand");
    }
}
