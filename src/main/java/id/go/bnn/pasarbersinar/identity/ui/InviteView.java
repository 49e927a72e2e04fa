package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.identity.Invitations;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Staff invite people by e-mail: administrators invite curators; curators invite members of their provinces' groups.
 * Group owners may invite members too (the service decides who may invite whom).
 */
@Route("staf/undangan")
@RolesAllowed({"ADMIN", "CURATOR", "PRODUCER"})
@Menu(title = "identity.menu.invite", order = 90)
class InviteView extends Div implements HasDynamicTitle {

    InviteView(Invitations invitations, ProducerGroups groups, Regions regions) {
        Caller caller = Caller.current();
        Div page = Pages.narrowPage(getTranslation("identity.invite.heading"));
        if (caller.has(Caller.Role.ADMIN)) {
            EmailField email = new EmailField(getTranslation("identity.invite.email"));
            email.setWidthFull();
            ComboBox<Province> province = new ComboBox<>(getTranslation("identity.address.province"), regions.provinces());
            province.setItemLabelGenerator(Province::name);
            province.setWidthFull();
            Button send = new Button(getTranslation("identity.invite.send"), click -> {
                try {
                    invitations.inviteCurator(email.getValue(), province.getValue() == null ? null : province.getValue().code());
                    Pages.success(this, "identity.invite.sent");
                    email.clear();
                } catch (AccountException problem) {
                    Pages.error(this, problem);
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            page.add(new H2(getTranslation("identity.invite.curator")), email, province, send);
        }
        List<GroupSummary> mine = groups.listPublic().stream()
                .filter(group -> caller.curates(group.provinceCode()) || caller.actsFor(group.id().value())).toList();
        if (!mine.isEmpty()) {
            EmailField email = new EmailField(getTranslation("identity.invite.email"));
            email.setWidthFull();
            ComboBox<GroupSummary> group = new ComboBox<>(getTranslation("identity.invite.group"), mine);
            group.setItemLabelGenerator(summary -> summary.name() + " (" + summary.provinceName() + ")");
            group.setWidthFull();
            Button send = new Button(getTranslation("identity.invite.send"), click -> {
                try {
                    if (group.getValue() == null) {
                        throw new AccountException("identity.error.no-group");
                    }
                    invitations.inviteMember(group.getValue().id(), email.getValue());
                    Pages.success(this, "identity.invite.sent");
                    email.clear();
                } catch (AccountException problem) {
                    Pages.error(this, problem);
                } catch (org.springframework.security.access.AccessDeniedException denied) {
                    Pages.error(this, new AccountException("identity.error.not-allowed"));
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            page.add(new H2(getTranslation("identity.invite.member")), group, email, send);
        }
        add(page);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.invite.heading") + " | " + getTranslation("shell.brand");
    }
}
