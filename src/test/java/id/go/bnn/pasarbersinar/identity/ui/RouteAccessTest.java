package id.go.bnn.pasarbersinar.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The route half of the IDOR matrix: staff pages and the account page opened by people who may not see them end
 * anywhere but on that page (the login view for nobody, a not-found page for the signed-in).
 */
@SpringBootTest
class RouteAccessTest extends SpringBrowserlessTest {

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void staff_pages_are_closed_to_buyers_members_and_curators_of_the_wrong_kind() {
        for (Caller caller : List.of(Callers.buyer(-1), Callers.producer(-2, 1), Callers.curator(-3, "53"))) {
            Callers.signIn(caller);
            assertThat(landsOn("staf/log-keamanan")).as("security log for " + caller.roles()).isNotInstanceOf(SecurityLogView.class);
            assertThat(landsOn("staf/kotak-surat").getClass().getSimpleName()).as("mailbox for " + caller.roles())
                    .isNotEqualTo("DevMailboxView");
        }
        Callers.signIn(Callers.buyer(-1));
        assertThat(landsOn("staf/undangan")).isNotInstanceOf(InviteView.class);
    }

    @Test
    void nobody_is_sent_to_the_login_from_account_and_staff_pages() {
        Callers.signOut();
        for (String route : List.of("akun", "staf/undangan", "staf/log-keamanan", "staf/kotak-surat")) {
            assertThat(landsOn(route)).as(route).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void an_administrator_opens_the_security_log() {
        Callers.signIn(Callers.admin(-1));
        assertThat(landsOn("staf/log-keamanan")).isInstanceOf(SecurityLogView.class);
    }

    private Object landsOn(String route) {
        navigate(route, Component.class);
        return getCurrentView();
    }
}
