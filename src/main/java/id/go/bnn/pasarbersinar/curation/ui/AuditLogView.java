package id.go.bnn.pasarbersinar.curation.ui;

import id.go.bnn.pasarbersinar.shared.ShopTime;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.curation.AuditEntry;
import id.go.bnn.pasarbersinar.curation.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;

/**
 * The audit log of staff decisions, newest first, by subject or actor. Times in Jakarta time with the zone named
 * (WIB), since staff in every province read them against the same clock. One card per decision, so that before and
 * after stay readable on a phone; texts are shown as text, never as HTML.
 */
@Route("staf/audit")
@RolesAllowed({"ADMIN", "CURATOR"})
@Menu(title = "curation.menu.audit", order = 89)
@StyleSheet("styles/curation.css")
class AuditLogView extends Div implements HasDynamicTitle {


    private final AuditLog log;
    private final OrderedList entries = new OrderedList();

    AuditLogView(AuditLog log) {
        this.log = log;
        addClassName("pb-staff-page");
        addClassName("pb-curation-page");
        entries.addClassName("pb-audit-entries");
        TextField subject = new TextField(getTranslation("curation.audit.subject"));
        subject.setPlaceholder(getTranslation("curation.audit.subject.placeholder"));
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.setClearButtonVisible(true);
        subject.setMaxLength(100);
        TextField actor = new TextField(getTranslation("curation.audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setMaxLength(254);
        subject.addValueChangeListener(event -> show(subject.getValue(), actor.getValue()));
        actor.addValueChangeListener(event -> show(subject.getValue(), actor.getValue()));
        Div filters = new Div(subject, actor);
        filters.addClassName("pb-audit-filters");
        Paragraph zone = new Paragraph(getTranslation("curation.audit.zone"));
        zone.addClassName("pb-audit-zone");
        add(new H1(getTranslation("curation.audit.heading")), zone, filters, entries);
        show(null, null);
    }

    private void show(String subject, String actor) {
        entries.removeAll();
        List<AuditEntry> found = log.newest(AuditLog.MAX_ENTRIES, subject, actor);
        if (found.isEmpty()) {
            entries.add(new ListItem(getTranslation("curation.audit.none")));
        }
        for (AuditEntry entry : found) {
            Span when = new Span(ShopTime.dateTimeWithSeconds(entry.decidedAt(), getLocale()));
            when.addClassName("pb-audit-time");
            Span who = new Span(entry.actorEmail() == null ? "–" : entry.actorEmail());
            who.addClassName("pb-audit-actor");
            Span what = new Span(action(entry.action()));
            what.addClassName("pb-audit-action");
            Span on = new Span(entry.subject());
            on.addClassName("pb-audit-subject");
            Paragraph before = new Paragraph(getTranslation("curation.audit.before") + ": " + nullToDash(entry.before()));
            before.addClassName("pb-audit-before");
            Paragraph after = new Paragraph(getTranslation("curation.audit.after") + ": " + nullToDash(entry.after()));
            after.addClassName("pb-audit-after");
            Div head = new Div(when, who);
            head.addClassName("pb-audit-head");
            Div title = new Div(what, on);
            title.addClassName("pb-audit-title");
            ListItem item = new ListItem(head, title, before, after);
            item.addClassName("pb-audit-entry");
            entries.add(item);
        }
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
