package id.go.bnn.pasarbersinar.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.identity.AdministratorSetup;
import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    private static final String PASSWORD = "Pengelola-Pasar-Nasional-2026";

    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    AdministratorSetup setup;
    @Autowired
    AccountStore store;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void creates_the_first_administrator_once() {
        String email = "operator-" + System.nanoTime() + "@test.pasarbersinar.id";
        assertThat(firstAdministrator.ensure(email, "Operator", PASSWORD)).isTrue();
        long id = store.findByEmail(email).orElseThrow().id();
        assertThat(store.roles(id)).contains(Role.ADMIN);

        assertThat(firstAdministrator.ensure(email, "Operator", PASSWORD)).isFalse();
    }

    @Test
    void a_weak_or_missing_password_stops_and_creates_nothing() {
        String email = "lemah-" + System.nanoTime() + "@test.pasarbersinar.id";
        assertThatThrownBy(() -> firstAdministrator.ensure(email, "Operator", "password123456")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> firstAdministrator.ensure(email, "Operator", "")).isInstanceOf(IllegalStateException.class);
        assertThat(store.existsByEmail(email)).isFalse();
    }

    @Test
    void the_printed_link_creates_the_administrator_once_and_is_refused_the_second_time(CapturedOutput output) {
        String link = firstAdministrator.offerLink();
        assertThat(output.getOut()).contains("No administrator yet. Open " + link + " within 24 hours");
        String token = tokenOf(link);
        assertThat(link).contains("/admin-pertama?token=");
        assertThat(setup.isLinkValid(token)).isTrue();

        String email = "admin-pertama-" + System.nanoTime() + "@test.pasarbersinar.id";
        setup.complete(token, email, "Pengelola Pusat", PASSWORD, "203.0.113.7");

        long id = store.findByEmail(email).orElseThrow().id();
        assertThat(store.roles(id)).contains(Role.ADMIN, Role.BUYER);
        assertThat(setup.isLinkValid(token)).isFalse();
        String other = "orang-lain-" + System.nanoTime() + "@test.pasarbersinar.id";
        assertThatThrownBy(() -> setup.complete(token, other, "Orang Lain", PASSWORD, "203.0.113.8"))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.link-invalid");
        assertThat(store.existsByEmail(other)).isFalse();
    }

    @Test
    void an_expired_link_is_refused_and_creates_nothing() {
        String token = tokenOf(firstAdministrator.offerLink());
        clock.advance(AdministratorSetup.LINK_VALIDITY.plus(Duration.ofMinutes(1)));

        String email = "terlambat-" + System.nanoTime() + "@test.pasarbersinar.id";
        assertThat(setup.isLinkValid(token)).isFalse();
        assertThatThrownBy(() -> setup.complete(token, email, "Terlambat", PASSWORD, "203.0.113.9"))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.link-invalid");
        assertThat(store.existsByEmail(email)).isFalse();
    }

    @Test
    void bad_input_is_refused_and_the_link_keeps_working() {
        String token = tokenOf(firstAdministrator.offerLink());
        String email = "masukan-" + System.nanoTime() + "@test.pasarbersinar.id";
        String taken = "sudah-ada-" + System.nanoTime() + "@test.pasarbersinar.id";
        store.create(taken, "unused-hash", "Pembeli Lama", true, false, clock.instant());

        assertThatThrownBy(() -> setup.complete(token, "bukan-alamat", "Operator", PASSWORD, null))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.email-invalid");
        assertThatThrownBy(() -> setup.complete(token, email, " ", PASSWORD, null))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.error.name-required");
        assertThatThrownBy(() -> setup.complete(token, email, "Operator", "password123456", null)).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> setup.complete(token, taken, "Operator", PASSWORD, null))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("identity.first-admin.email-taken");

        assertThat(store.existsByEmail(email)).isFalse();
        assertThat(setup.isLinkValid(token)).isTrue();
    }

    @Test
    void a_new_link_makes_the_older_one_worthless_and_no_link_is_printed_while_an_administrator_exists(CapturedOutput output)
            throws Exception {
        String older = tokenOf(firstAdministrator.offerLink());
        String newer = tokenOf(firstAdministrator.offerLink());
        assertThat(setup.isLinkValid(older)).isFalse();
        assertThat(setup.isLinkValid(newer)).isTrue();

        // Once an administrator exists, a start prints nothing and the open link stops working.
        firstAdministrator.ensure("ada-admin-" + System.nanoTime() + "@test.pasarbersinar.id", "Operator", PASSWORD);
        assertThat(setup.administratorExists()).isTrue();
        int printed = output.getOut().split("No administrator yet", -1).length;
        firstAdministrator.run(new DefaultApplicationArguments());
        assertThat(output.getOut().split("No administrator yet", -1).length).isEqualTo(printed);
        assertThat(setup.isLinkValid(newer)).isFalse();
    }

    @Test
    void only_the_shop_itself_issues_a_link() {
        assertThatThrownBy(setup::issueLink).isInstanceOf(AccessDeniedException.class);
        assertThat(Caller.current().system()).isFalse();
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
