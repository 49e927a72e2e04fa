package id.go.bnn.pasarbersinar.curation.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.curation.AuditEntry;
import id.go.bnn.pasarbersinar.curation.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The audit log of staff decisions, newest first, by subject or actor. Times in Jakarta time with the zone named
 * (WIB), since staff in every province read them against the same clock. Texts are shown as text, never as HTML.
 */
@Route("staf/audit")
@RolesAllowed({"ADMIN", "CURATOR"})
@Menu(title = "curation.menu.audit", order = 89)
@StyleSheet("styles/curation.css")
class AuditLogView extends Div implements HasDynamicTitle {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(JAKARTA);

    AuditLogView(AuditLog log) {
        addClassName("pb-staff-page");
        addClassName("pb-curation-page");
        Grid<AuditEntry> grid = new Grid<>();
        grid.addClassName("pb-audit-grid");
        grid.addColumn(entry -> wib(entry.decidedAt())).setHeader(getTranslation("curation.audit.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorEmail).setHeader(getTranslation("curation.audit.actor")).setAutoWidth(true);
        grid.addColumn(entry -> action(entry.action()))
                .setHeader(getTranslation("curation.audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("curation.audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::before).setHeader(getTranslation("curation.audit.before")).setFlexGrow(1);
        grid.addColumn(AuditEntry::after).setHeader(getTranslation("curation.audit.after")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(entry -> {
            Paragraph before = new Paragraph(getTranslation("curation.audit.before") + ": " + nullToDash(entry.before()));
            Paragraph after = new Paragraph(getTranslation("curation.audit.after") + ": " + nullToDash(entry.after()));
            Div details = new Div(before, after);
            details.addClassName("pb-audit-details");
            return details;
        }));
        TextField subject = new TextField(getTranslation("curation.audit.subject"));
        subject.setPlaceholder(getTranslation("curation.audit.subject.placeholder"));
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.setClearButtonVisible(true);
        subject.setMaxLength(100);
        TextField actor = new TextField(getTranslation("curation.audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setMaxLength(254);
        Runnable refresh = () -> grid.setItems(log.newest(AuditLog.MAX_ENTRIES, subject.getValue(), actor.getValue()));
        subject.addValueChangeListener(event -> refresh.run());
        actor.addValueChangeListener(event -> refresh.run());
        refresh.run();
        Div filters = new Div(subject, actor);
        filters.addClassName("pb-filters");
        Paragraph zone = new Paragraph(getTranslation("curation.audit.zone"));
        zone.addClassName("pb-audit-zone");
        add(new H1(getTranslation("curation.audit.heading")), zone, filters, grid);
    }

    /** "2026-11-23 19:06:56 WIB". */
    static String wib(Instant instant) {
        return TIME.format(instant) + " WIB";
    }

    /** The action in words; an action of another module without words of its own is shown as it is recorded. */
    private String action(String action) {
        String key = "curation.audit.action" + "." + action;
        String text = getTranslation(key);
        return text == null || text.contains(key) ? action : text;
    }

    private static String nullToDash(String text) {
        return text == null ? "–" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.audit.heading") + " | " + getTranslation("shell.brand");
    }
}
