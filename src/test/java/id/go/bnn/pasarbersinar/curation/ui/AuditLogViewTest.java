package id.go.bnn.pasarbersinar.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.grid.Grid;
import id.go.bnn.pasarbersinar.curation.AuditEntry;
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

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = $(Grid.class).first();
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.getCellText(0, 0)).isEqualTo("2026-11-23 13:00:00 WIB");
        assertThat(rows.getCellText(0, 2)).isEqualTo("Kelompok ditangguhkan");
        assertThat(rows.getCellText(1, 0)).isEqualTo("2026-11-23 12:06:07 WIB");
        assertThat(rows.getCellText(1, 4)).isEqualTo("verification: PENDING");
        assertThat(rows.getCellText(1, 5)).isEqualTo("verification: VERIFIED");
    }

    @Test
    void a_curator_sees_only_its_provinces_entries() {
        record("GROUP", "880002", "GROUP_VERIFIED", "a", "b", "2026-11-23T05:00:00Z");
        Callers.signIn(Callers.curator(-1901, "19"));
        navigate(AuditLogView.class);
        textField("Subjek").setValue("group 880002");
        assertThat(test($(Grid.class).first()).size()).isZero();
    }

    @Test
    void typed_texts_are_shown_as_text() {
        record(INJECTION, "880003", INJECTION, INJECTION, INJECTION, "2026-11-23T05:00:00Z");
        Callers.signIn(admin);
        navigate(AuditLogView.class);
        textField("Subjek").setValue("880003");
        var rows = test($(Grid.class).first());
        assertThat(rows.getCellText(0, 2)).isEqualTo(INJECTION);
        assertThat(rows.getCellText(0, 4)).isEqualTo(INJECTION);
        noRawHtml();
    }

    private void record(String type, String id, String action, String before, String after, String at) {
        StaffDecision decision = new StaffDecision(-65L, "staf@test.id", "65", type, id, action, before, after, Instant.parse(at));
        transaction.executeWithoutResult(tx -> events.publishEvent(decision));
        await().until(() -> !Callers.as(admin, () -> log.newest(10, id, null)).stream().filter(e -> e.action().equals(action)).toList()
                .isEmpty());
    }
}
