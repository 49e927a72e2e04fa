package id.go.bnn.pasarbersinar.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.SecurityEvent.Type;
import id.go.bnn.pasarbersinar.identity.internal.SecurityEvents;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The security log reads as words: translated events and details, who by name, short addresses, Jakarta time. */
@SpringBootTest
class SecurityLogViewTest extends SpringBrowserlessTest {

    @Autowired
    Accounts accounts;
    @Autowired
    SecurityEvents events;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void shows_translated_events_the_persons_name_a_short_address_and_jakarta_time() {
        String email = "log.kata-" + System.nanoTime() % 100_000 + "@test.pasarbersinar.id";
        AccountId id = Caller.runAsSystem(() -> accounts.provision(email, "Siti Pencatat", "Kopi-Lamteuba-Seulawah-7", Set.of(Caller.Role.BUYER),
                Set.of(), Set.of(), null, false));
        events.record(Type.SIGN_IN_FAILED, id.value(), email, "0:0:0:0:0:0:0:1", "locked until 2026-01-01T03:00:00Z");

        Callers.signIn(Callers.admin(-1));
        navigate("staf/log-keamanan", SecurityLogView.class);
        var grid = test($(Grid.class).first());

        assertThat(grid.getHeaderCell(0)).isEqualTo("Waktu (WIB)");
        assertThat(grid.getCellText(0, 0)).endsWith(" WIB");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Gagal masuk");
        assertThat(grid.getCellText(0, 2)).isEqualTo(email);
        assertThat(grid.getCellText(0, 3)).isEqualTo("Siti Pencatat <" + email + ">");
        assertThat(grid.getCellText(0, 4)).isEqualTo("::1");
        assertThat(grid.getCellText(0, 5)).isEqualTo("ditahan sampai 1 Jan 2026, 10:00:00 WIB");
    }

    @Test
    void every_event_type_has_a_name_in_both_languages() throws Exception {
        for (String language : java.util.List.of("id", "en")) {
            java.util.Properties bundle = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (Type type : Type.values()) {
                assertThat(bundle).as(language).containsKey("identity.log.event.%s".formatted(type.name()));
            }
            for (String detail : java.util.List.of("wrong-password", "unknown-account", "second-factor", "current-password-wrong",
                    "email-too-long", "password-changed", "account-removed", "no-mail-unknown", "already-registered", "locked-until",
                    "invited-curator", "invited-member", "role-of-province", "role-of-group", "provisioned")) {
                assertThat(bundle).as(language).containsKey("identity.log.detail.%s".formatted(detail));
            }
        }
    }

    @Test
    void addresses_are_written_short() {
        assertThat(SecurityLogText.address("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(SecurityLogText.address("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(SecurityLogText.address("2001:db8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
        assertThat(SecurityLogText.time(Instant.parse("2026-11-23T17:30:00Z"), java.util.Locale.ENGLISH)).isEqualTo("24 Nov 2026, 00:30:00 WIB");
    }
}
