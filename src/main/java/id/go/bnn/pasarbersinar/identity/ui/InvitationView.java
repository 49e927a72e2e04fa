package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.identity.Invitation;
import id.go.bnn.pasarbersinar.identity.Invitations;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.util.Optional;

/** Where an invitation mail leads: join as a curator of a province or as a member of a producer group. */
@Route("undangan")
@AnonymousAllowed
class InvitationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Invitations invitations;
    private final Regions regions;

    InvitationView(Invitations invitations, Regions regions) {
        this.invitations = invitations;
        this.regions = regions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = Pages.query(event, "token").orElse("");
        Optional<Invitation> found = invitations.find(token);
        if (found.isEmpty()) {
            add(Pages.narrowPage(getTranslation("identity.invitation.heading"), Pages.note(getTranslation("identity.error.link-invalid"))));
            return;
        }
        Invitation invitation = found.get();
        String offer = invitation.role() == Role.CURATOR
                ? getTranslation("identity.invitation.curator", regions.provinceName(invitation.provinceCode()))
                : getTranslation("identity.invitation.member", invitation.groupName());
        Div form = new Div();
        form.addClassName("pb-account-form");
        TextField name = new TextField(getTranslation("identity.register.name"));
        name.setWidthFull();
        name.setMaxLength(120);
        PasswordField password = Pages.newPassword(this, "identity.register.password");
        PasswordField repeat = new PasswordField(getTranslation("identity.register.repeat"));
        repeat.setWidthFull();
        Button accept = new Button(getTranslation("identity.invitation.accept"), click -> {
            if (!invitation.accountExists() && !Pages.sameAs(this, password, repeat)) {
                return;
            }
            try {
                invitations.accept(token, name.getValue(), password.getValue(), Pages.clientAddress());
                form.removeAll();
                form.add(Pages.note(getTranslation(invitation.role() == Role.CURATOR
                        ? "identity.invitation.done-staff" : "identity.invitation.done")),
                        new RouterLink(getTranslation("identity.verify.sign-in"), LoginView.class));
            } catch (AccountException problem) {
                Pages.markInvalid(problem.messageKey().equals("identity.error.name-required") ? name : password,
                        getTranslation(problem.messageKey()));
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (invitation.accountExists()) {
            form.add(Pages.note(getTranslation("identity.invitation.existing", invitation.email())), accept);
        } else {
            form.add(Pages.note(getTranslation("identity.invitation.new", invitation.email())), name, password, repeat, accept);
        }
        add(Pages.narrowPage(getTranslation("identity.invitation.heading"), Pages.note(offer), form));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.invitation.heading") + " | " + getTranslation("shell.brand");
    }
}
