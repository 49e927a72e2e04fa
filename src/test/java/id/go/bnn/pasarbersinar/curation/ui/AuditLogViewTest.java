package id.go.bnn.pasarbersinar.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.curation.AuditLog;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditLogViewTest extends StaffViewSupport {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AuditLog log;

    final Caller admin = Callers.admin(-78);

    @Test
    void shows_the_newest_first_in_jakarta_time_with_the_zone_and_filters_by_subject() {
        record("GROUP", "880001", "GROUP_VERIFIED", "verification: PENDING", "verification: VERIFIED", "2026-11-23T05:06:07Z");
        record("GROUP", "880001", "GROUP_SUSPENDED", "verification: VERIFIED", "verification: SUSPENDED", "2026-11-23T06:00:00Z");
        Callers.signIn(admin);
        navigate(AuditLogView.class);
        textField("Subjek").setValue("group 880001");

        var entries = $(ListItem.class).withClassName("pb-audit-entry").all();
        assertThat(entries).hasSize(2);
        assertThat(text(entries.get(0), Span.class, "pb-audit-time")).isEqualTo("23 Nov 2026, 13:00:00 WIB");
        assertThat(text(entries.get(0), Span.class, "pb-audit-action")).isEqualTo("Kelompok ditangguhkan");
        assertThat(text(entries.get(0), Span.class, "pb-audit-actor")).isEqualTo("staf@test.id");
        assertThat(text(entries.get(1), Span.class, "pb-audit-time")).isEqualTo("23 Nov 2026, 12:06:07 WIB");
        assertThat(text(entries.get(1), Paragraph.class, "pb-audit-before")).isEqualTo("Sebelum: verification: PENDING");
        assertThat(text(entries.get(1), Paragraph.class, "pb-audit-after")).isEqualTo("Sesudah: verification: VERIFIED");
    }

    @Test
    void a_curator_sees_only_its_provinces_entries() {
        record("GROUP", "880002", "GROUP_VERIFIED", "a", "b", "2026-11-23T05:00:00Z");
        Callers.signIn(Callers.curator(-1901, "19"));
        navigate(AuditLogView.class);
        textField("Subjek").setValue("group 880002");
        assertThat($(ListItem.class).withClassName("pb-audit-entry").all()).isEmpty();
    }

    @Test
    void typed_texts_are_shown_as_text() {
        record(INJECTION, "880003", INJECTION, INJECTION, INJECTION, "2026-11-23T05:00:00Z");
        Callers.signIn(admin);
        navigate(AuditLogView.class);
        textField("Subjek").setValue("880003");
        ListItem entry = $(ListItem.class).withClassName("pb-audit-entry").first();
        assertThat(text(entry, Span.class, "pb-audit-action")).isEqualTo(INJECTION);
        assertThat(text(entry, Span.class, "pb-audit-subject")).isEqualTo(INJECTION + " 880003");
        assertThat(text(entry, Paragraph.class, "pb-audit-before")).isEqualTo("Sebelum: " + INJECTION);
        noRawHtml();
    }

    private <T extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasText> String text(ListItem entry, Class<T> type,
            String className) {
        return $(type, entry).withClassName(className).first().getText();
    }

    private void record(String type, String id, String action, String before, String after, String at) {
        StaffDecision decision = new StaffDecision(-65L, "staf@test.id", "65", type, id, action, before, after, Instant.parse(at));
        transaction.executeWithoutResult(tx -> events.publishEvent(decision));
        await().until(() -> !Callers.as(admin, () -> log.newest(10, id, null)).stream().filter(e -> e.action().equals(action)).toList()
                .isEmpty());
    }
}
