package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.identity.Accounts;

/** Where the link in the welcome mail leads: it opens the account once. */
@Route("verifikasi-email")
@AnonymousAllowed
class EmailVerificationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Accounts accounts;

    EmailVerificationView(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        boolean verified = Pages.query(event, "token").map(accounts::verifyEmail).orElse(false);
        add(Pages.narrowPage(getTranslation("identity.verify.heading"),
                Pages.note(getTranslation(verified ? "identity.verify.done" : "identity.verify.invalid")),
                new RouterLink(getTranslation("identity.verify.sign-in"), LoginView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.verify.heading") + " | " + getTranslation("shell.brand");
    }
}
