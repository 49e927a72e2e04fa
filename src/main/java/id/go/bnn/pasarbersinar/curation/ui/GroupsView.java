package id.go.bnn.pasarbersinar.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.identity.GroupMember;
import id.go.bnn.pasarbersinar.identity.GroupMembers;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Programme;
import id.go.bnn.pasarbersinar.producer.Province;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.producer.Verification;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The producer groups of the curator's provinces (all of them for administrators): register a group, verify it,
 * invite and remove members, suspend it and lift the suspension. The services decide again who may do what.
 */
@Route("staf/kelompok")
@RolesAllowed({"ADMIN", "CURATOR"})
@Menu(title = "curation.menu.groups", order = 80)
@StyleSheet("styles/curation.css")
class GroupsView extends Div implements HasDynamicTitle {

    private final ProducerGroups groups;
    private final GroupMembers members;
    private final Regions regions;
    private final Clock clock;
    private final Grid<GroupSummary> grid = new Grid<>();
    private final Div detail = new Div();
    private final Feedback feedback = new Feedback();

    GroupsView(ProducerGroups groups, GroupMembers members, Regions regions, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.regions = regions;
        this.clock = clock;
        addClassName("pb-staff-page");
        addClassName("pb-curation-page");

        // Wrapped cells and no fixed widths: on a 390 px phone the three columns share the width and names wrap.
        grid.addColumn(GroupSummary::name).setHeader(getTranslation("curation.group.name")).setFlexGrow(3).setSortable(true);
        grid.addColumn(GroupSummary::provinceName).setHeader(getTranslation("curation.group.province")).setFlexGrow(2);
        grid.addColumn(group -> state(group.verification())).setHeader(getTranslation("curation.group.state")).setFlexGrow(2);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addClassName("pb-curation-grid");
        grid.asSingleSelect().addValueChangeListener(event -> showDetail(event.getValue()));
        detail.addClassName("pb-curation-detail");

        add(new H1(getTranslation("curation.groups.heading")), feedback, registerForm(), grid, detail);
        refresh(null);
    }

    private Details registerForm() {
        Caller caller = Caller.current();
        TextField name = new TextField(getTranslation("curation.group.name"));
        name.setMaxLength(160);
        ComboBox<Programme> programme = new ComboBox<>(getTranslation("curation.group.programme"), regions.programmes());
        programme.setItemLabelGenerator(p -> p.name().in(getLocale()));
        List<Province> provinces = regions.provinces().stream().filter(p -> caller.curates(p.code())).toList();
        ComboBox<Province> province = new ComboBox<>(getTranslation("curation.group.province"), provinces);
        province.setItemLabelGenerator(Province::name);
        if (provinces.size() == 1) {
            province.setValue(provinces.getFirst());
        }
        TextField regency = new TextField(getTranslation("curation.group.regency"));
        regency.setMaxLength(120);
        TextField village = new TextField(getTranslation("curation.group.village"));
        village.setMaxLength(120);
        IntegerField year = new IntegerField(getTranslation("curation.group.year"));
        year.setHelperText(getTranslation("curation.group.year.help"));
        TextArea storyId = new TextArea(getTranslation("curation.group.story-id"));
        storyId.setMaxLength(4000);
        TextArea storyEn = new TextArea(getTranslation("curation.group.story-en"));
        storyEn.setMaxLength(4000);
        Button register = new Button(getTranslation("curation.group.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(name, programme, province, regency, village, year, storyId, storyEn, register);
        form.addClassName("pb-curation-form");
        form.getChildren().forEach(child -> child.getElement().getStyle().set("width", "100%"));
        register.addClickListener(click -> {
            boolean ok = required(name) & required(regency) & required(storyId);
            programme.setInvalid(programme.getValue() == null);
            programme.setErrorMessage(getTranslation("curation.error.required"));
            province.setInvalid(province.getValue() == null);
            province.setErrorMessage(getTranslation("curation.error.required"));
            int thisYear = clock.instant().atZone(ZoneId.of("Asia/Jakarta")).getYear();
            year.setInvalid(year.getValue() != null && (year.getValue() < 1950 || year.getValue() > thisYear));
            year.setErrorMessage(getTranslation("curation.error.year", thisYear));
            if (!ok || programme.isInvalid() || province.isInvalid() || year.isInvalid()) {
                feedback.error("curation.error.check-fields");
                return;
            }
            NewGroup group = new NewGroup(name.getValue().strip(), new LocalizedText(storyId.getValue().strip(), blankToNull(storyEn.getValue())),
                    programme.getValue().code(), province.getValue().code(), regency.getValue().strip(), null, blankToNull(village.getValue()),
                    null, null, null, null, null, 0, year.getValue());
            try {
                GroupId id = groups.register(group, false);
                feedback.success("curation.group.registered", group.name());
                name.clear();
                regency.clear();
                village.clear();
                year.clear();
                storyId.clear();
                storyEn.clear();
                refresh(id);
            } catch (RuntimeException problem) {
                feedback.refused(problem);
            }
        });
        Details details = new Details(getTranslation("curation.group.new"), form);
        details.addClassName("pb-curation-new");
        return details;
    }

    private boolean required(TextField field) {
        boolean ok = !field.getValue().isBlank();
        field.setInvalid(!ok);
        field.setErrorMessage(getTranslation("curation.error.required"));
        return ok;
    }

    private boolean required(TextArea field) {
        boolean ok = !field.getValue().isBlank();
        field.setInvalid(!ok);
        field.setErrorMessage(getTranslation("curation.error.required"));
        return ok;
    }

    private void refresh(GroupId select) {
        List<GroupSummary> all = groups.listForStaff();
        grid.setItems(all);
        GroupSummary chosen = select == null ? null : all.stream().filter(g -> g.id().equals(select)).findFirst().orElse(null);
        if (chosen != null) {
            grid.select(chosen);
        } else {
            showDetail(null);
        }
    }

    private void showDetail(GroupSummary group) {
        detail.removeAll();
        if (group == null) {
            detail.add(new Paragraph(getTranslation("curation.groups.choose")));
            return;
        }
        Span state = new Span(state(group.verification()));
        state.addClassName("pb-state");
        state.addClassName("pb-state-" + group.verification().name().toLowerCase(java.util.Locale.ROOT));
        Paragraph place = new Paragraph(group.place());
        detail.add(new H2(group.name()), state, place);
        // Money is the administrators' business (they run the payouts); curators answer for the groups, not their ledger.
        if (Caller.current().isAdmin()) {
            Anchor finances = new Anchor("staf/kelompok/" + group.id().value() + "/keuangan", getTranslation("curation.group.finances"));
            finances.addClassNames("pb-button", "pb-group-finances-link");
            detail.add(finances);
        }

        Div actions = new Div();
        actions.addClassName("pb-curation-actions");
        if (group.verification() == Verification.PENDING) {
            Button verify = new Button(getTranslation("curation.group.verify"), click -> act(group.id(),
                    () -> groups.verify(group.id()), "curation.group.verified"));
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(verify);
        }
        if (group.verification() == Verification.SUSPENDED) {
            Button lift = new Button(getTranslation("curation.group.lift"), click -> act(group.id(),
                    () -> groups.liftSuspension(group.id()), "curation.group.lifted"));
            lift.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(lift);
        } else {
            TextField reason = new TextField(getTranslation("curation.group.suspend-reason"));
            reason.setMaxLength(500);
            reason.setWidthFull();
            Button suspend = new Button(getTranslation("curation.group.suspend"), click -> {
                if (reason.getValue().isBlank()) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation("producer.error.reason"));
                    feedback.error("producer.error.reason");
                    return;
                }
                act(group.id(), () -> groups.suspend(group.id(), reason.getValue()), "curation.group.suspended");
            });
            suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div suspension = new Div(reason, suspend);
            suspension.addClassName("pb-curation-suspend");
            actions.add(suspension);
        }
        detail.add(actions);

        detail.add(new H3(getTranslation("curation.members.heading")));
        List<GroupMember> list = members.members(group.id());
        if (list.isEmpty()) {
            detail.add(new Paragraph(getTranslation("curation.members.none")));
        }
        for (GroupMember member : list) {
            Span who = new Span(member.name() + (member.owner() ? " · " + getTranslation("curation.members.owner") : ""));
            Span email = new Span(member.email());
            email.addClassName("pb-member-email");
            Button remove = new Button(getTranslation("curation.members.remove"), click -> act(group.id(),
                    () -> members.remove(group.id(), member.account()), "curation.members.removed"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("curation.members.remove") + " " + member.name());
            Div row = new Div(who, email, remove);
            row.addClassName("pb-member-row");
            detail.add(row);
        }
        EmailField email = new EmailField(getTranslation("curation.members.invite-email"));
        email.setWidthFull();
        Button invite = new Button(getTranslation("curation.members.invite"), click -> act(group.id(),
                () -> members.invite(group.id(), email.getValue()), "curation.members.invited"));
        Div inviteRow = new Div(email, invite);
        inviteRow.addClassName("pb-curation-invite");
        detail.add(inviteRow);
    }

    private void act(GroupId id, Runnable action, String successKey) {
        try {
            action.run();
            feedback.success(successKey);
            refresh(id);
        } catch (RuntimeException problem) {
            feedback.refused(problem);
        }
    }

    private String state(Verification verification) {
        return getTranslation("curation.group.state" + "." + verification.name());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.groups.heading") + " | " + getTranslation("shell.brand");
    }
}
