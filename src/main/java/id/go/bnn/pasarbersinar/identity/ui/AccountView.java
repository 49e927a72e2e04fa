package id.go.bnn.pasarbersinar.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.Profile;
import id.go.bnn.pasarbersinar.identity.SavedAddress;
import id.go.bnn.pasarbersinar.identity.TwoFactor;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/** The signed-in person's own page: profile, password, saved addresses, two-factor sign-in and signing out. */
@Route("akun")
@PermitAll
class AccountView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final TwoFactor twoFactor;
    private final Regions regions;
    private final ProducerGroups groups;
    private final AuthenticationContext authentication;
    private final AccountId me;

    AccountView(Accounts accounts, TwoFactor twoFactor, Regions regions, ProducerGroups groups, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.groups = groups;
        this.twoFactor = twoFactor;
        this.regions = regions;
        this.authentication = authentication;
        this.me = accounts.me();
        render();
    }

    private void render() {
        removeAll();
        Profile profile = accounts.profile(me);
        Button signOut = new Button(getTranslation("identity.account.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph who = Pages.note(getTranslation("identity.account.signed-in-as", profile.email()) + " · "
                + profile.roles().stream().map(this::roleName).collect(Collectors.joining(", ")));
        Div page = Pages.narrowPage(getTranslation("identity.account.heading"), who, signOut);
        Caller caller = Caller.current();
        if (caller.groups().size() > 1) {
            page.add(actingGroupSection(caller));
        }
        page.add(profileSection(profile), passwordSection(), addressSection(), twoFactorSection(profile));
        add(page);
    }

    /** A member of several groups acts for one at a time; services allow what that group may do. */
    private Div actingGroupSection(Caller caller) {
        Map<GroupId, GroupSummary> mine = groups.findAll(caller.groups().stream().map(GroupId::new).toList());
        ComboBox<GroupSummary> acting = new ComboBox<>(getTranslation("identity.account.acting-for"),
                mine.values().stream().sorted(Comparator.comparing(GroupSummary::name)).toList());
        acting.setItemLabelGenerator(GroupSummary::name);
        acting.setValue(mine.get(new GroupId(caller.actingGroup())));
        acting.setWidthFull();
        acting.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                Signing.replaceCaller(accounts.actFor(event.getValue().id()));
                Pages.success(this, "identity.account.saved");
            }
        });
        return section("identity.account.groups", acting);
    }

    private Div profileSection(Profile profile) {
        TextField name = new TextField(getTranslation("identity.register.name"));
        name.setValue(profile.name());
        name.setMaxLength(120);
        name.setWidthFull();
        TextField phone = new TextField(getTranslation("identity.account.phone"));
        phone.setValue(profile.phone() == null ? "" : profile.phone());
        phone.setHelperText(getTranslation("identity.account.phone.help"));
        phone.setWidthFull();
        Button save = new Button(getTranslation("identity.account.save"), click -> {
            try {
                accounts.updateProfile(me, name.getValue(), phone.getValue());
                Pages.success(this, "identity.account.saved");
                render();
            } catch (AccountException problem) {
                Pages.markInvalid(problem.messageKey().equals("identity.error.phone-invalid") ? phone : name, getTranslation(problem.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("identity.account.profile", name, phone, save);
    }

    private Div passwordSection() {
        PasswordField current = new PasswordField(getTranslation("identity.account.current-password"));
        current.setWidthFull();
        PasswordField next = Pages.newPassword(this, "identity.account.new-password");
        PasswordField repeat = new PasswordField(getTranslation("identity.register.repeat"));
        repeat.setWidthFull();
        Button change = new Button(getTranslation("identity.account.change-password"), click -> {
            if (!Pages.sameAs(this, next, repeat)) {
                return;
            }
            try {
                accounts.changePassword(current.getValue(), next.getValue());
                // The service gave this session the new credentials stamp; keep it where the next request reads it.
                Signing.keep();
                Pages.success(this, "identity.account.password-changed");
                current.clear();
                next.clear();
                repeat.clear();
            } catch (AccountException problem) {
                Pages.markInvalid(problem.messageKey().equals("identity.error.current-password-wrong") ? current : next,
                        getTranslation(problem.messageKey()));
            }
        });
        return section("identity.account.password", current, next, repeat, change);
    }

    private Div addressSection() {
        Div list = new Div();
        for (SavedAddress address : accounts.addresses(me)) {
            Button remove = new Button(getTranslation("identity.address.remove"), click -> {
                accounts.removeAddress(address.id());
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div line = new Div(new Span(address.label() + ": " + address.recipient() + ", " + address.phone() + ", " + address.street()
                    + ", " + address.city() + ", " + regions.provinceName(address.provinceCode()) + " " + address.postalCode()), remove);
            line.addClassName("pb-address");
            list.add(line);
        }
        TextField label = field("identity.address.label", 60);
        TextField recipient = field("identity.address.recipient", 120);
        TextField phone = field("identity.account.phone", 20);
        TextField street = field("identity.address.street", 255);
        TextField district = field("identity.address.district", 120);
        TextField city = field("identity.address.city", 120);
        ComboBox<Province> province = new ComboBox<>(getTranslation("identity.address.province"), regions.provinces());
        province.setItemLabelGenerator(Province::name);
        province.setWidthFull();
        TextField postal = field("identity.address.postal", 5);
        Button add = new Button(getTranslation("identity.address.add"), click -> {
            try {
                String normalizedPhone = id.go.bnn.pasarbersinar.identity.PhoneNumbers.normalize(phone.getValue()).orElse(phone.getValue());
                accounts.addAddress(me, new SavedAddress(null, label.getValue(), recipient.getValue(), normalizedPhone, street.getValue(),
                        district.getValue(), city.getValue(), province.getValue() == null ? null : province.getValue().code(), postal.getValue()));
                render();
            } catch (AccountException problem) {
                Pages.error(this, problem);
            } catch (ConstraintViolationException invalid) {
                Pages.error(this, new AccountException("identity.error.address-invalid"));
            }
        });
        return section("identity.account.addresses", list, label, recipient, phone, street, district, city, province, postal, add);
    }

    private Div twoFactorSection(Profile profile) {
        if (profile.twoFactorEnabled()) {
            return section("identity.account.two-factor", Pages.note(getTranslation("identity.two-factor.on")));
        }
        Div setup = new Div();
        Button start = new Button(getTranslation("identity.two-factor.start"), click -> {
            TwoFactor.Enrollment enrollment = twoFactor.begin();
            TextField code = new TextField(getTranslation("identity.second-factor.code"));
            code.setMaxLength(6);
            code.getElement().setAttribute("autocomplete", "one-time-code");
            Button confirm = new Button(getTranslation("identity.two-factor.confirm"), confirmClick -> {
                try {
                    twoFactor.confirm(code.getValue());
                    Pages.success(this, "identity.two-factor.enabled");
                    render();
                } catch (AccountException problem) {
                    Pages.markInvalid(code, getTranslation(problem.messageKey()));
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            setup.removeAll();
            setup.add(Pages.note(getTranslation("identity.two-factor.instructions")), new Pre(enrollment.secret()),
                    Pages.note(enrollment.uri()), code, confirm);
        });
        setup.add(start);
        boolean staffWaiting = profile.roles().contains(Caller.Role.ADMIN) || profile.roles().contains(Caller.Role.CURATOR);
        return section("identity.account.two-factor",
                Pages.note(getTranslation(staffWaiting ? "identity.two-factor.required-for-staff" : "identity.two-factor.off")), setup);
    }

    private String roleName(Caller.Role role) {
        return getTranslation(switch (role) {
            case BUYER -> "identity.role.buyer";
            case PRODUCER -> "identity.role.producer";
            case CURATOR -> "identity.role.curator";
            case ADMIN -> "identity.role.admin";
        });
    }

    private TextField field(String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setWidthFull();
        return field;
    }

    private Div section(String headingKey, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H2(getTranslation(headingKey)));
        section.add(content);
        section.addClassName("pb-account-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.account.heading") + " | " + getTranslation("shell.brand");
    }
}
