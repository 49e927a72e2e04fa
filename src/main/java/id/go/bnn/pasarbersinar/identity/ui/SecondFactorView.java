package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.identity.TwoFactor;
import id.go.bnn.pasarbersinar.identity.internal.SignInRefused;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * The second step of signing in with an authenticator app. Only reachable right after a right password in the same
 * session; a right code gives a new session id and the signed-in session.
 */
@Route("masuk/kode")
@AnonymousAllowed
class SecondFactorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TwoFactor twoFactor;
    private final TextField code = new TextField();

    SecondFactorView(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
        code.setLabel(getTranslation("identity.second-factor.code"));
        code.setHelperText(getTranslation("identity.second-factor.help"));
        code.setMaxLength(6);
        code.setPattern("\\d{6}");
        code.setAllowedCharPattern("\\d");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setWidthFull();
        code.setAutofocus(true);
        // The phone's number pad and the code suggested from a text message: these belong on the input itself.
        code.addAttachListener(attach -> code.getElement().executeJs("""
                const field = this;
                let tries = 0;
                const apply = () => {
                  const input = field.inputElement || field.querySelector('input');
                  if (input) {
                    input.setAttribute('inputmode', 'numeric');
                    input.setAttribute('autocomplete', 'one-time-code');
                    input.focus();
                  }
                  if ((!input || document.activeElement !== input) && tries++ < 120) { requestAnimationFrame(apply); }
                };
                apply();
                """));
        Button submit = new Button(getTranslation("identity.second-factor.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        add(Pages.narrowPage(getTranslation("identity.second-factor.heading"), code, submit));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!(Pages.sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInRefused.SecondFactorRequired)) {
            event.forwardTo(LoginView.class);
        }
    }

    private void submit() {
        if (!(Pages.sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInRefused.SecondFactorRequired pending)) {
            UI.getCurrent().navigate(LoginView.class);
            return;
        }
        try {
            Authentication authentication = twoFactor.completeSignIn(pending, code.getValue(), Pages.clientAddress());
            signIn(authentication);
        } catch (AccountException problem) {
            Pages.markInvalid(code, getTranslation(problem.messageKey()));
        } catch (SignInRefused.Locked locked) {
            Pages.markInvalid(code, getTranslation("identity.login.locked.title"));
        } catch (AuthenticationException refused) {
            Pages.markInvalid(code, getTranslation("identity.error.code-wrong"));
        }
    }

    /** Signed in from here on, with a new session id; the page reloads so the whole shop sees it. */
    private static void signIn(Authentication authentication) {
        VaadinSession.getCurrent().getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        Signing.signIn(authentication);
        UI.getCurrent().getPage().setLocation("akun");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.second-factor.heading") + " | " + getTranslation("shell.brand");
    }
}
