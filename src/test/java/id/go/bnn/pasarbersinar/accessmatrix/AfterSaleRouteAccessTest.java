package id.go.bnn.pasarbersinar.accessmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The route half of the access matrix for the pages after the sale (issue 20): the staff pages (/staf/ulasan,
 * /staf/sengketa, /staf/pesan) and the group's pages (/mitra/ulasan, /mitra/pesan, /mitra/retur) opened by someone who
 * may not see them end anywhere but on that page, nobody is sent to the login from the inboxes, and the rightful
 * callers land on them. The services refuse the same callers again (the Review, Message and Return access matrices).
 */
@SpringBootTest
class AfterSaleRouteAccessTest extends SpringBrowserlessTest {

    /** Each page, by route, and its view's simple name (the views are their modules' own). */
    private static final Map<String, String> STAFF = Map.of("staf/ulasan", "StaffReviewsView", "staf/sengketa", "DisputesView",
            "staf/pesan", "StaffMessagesView");
    private static final Map<String, String> GROUP = Map.of("mitra/ulasan", "GroupReviewsView", "mitra/pesan", "GroupInboxView",
            "mitra/retur", "GroupReturnsView");

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void buyers_and_members_never_land_on_the_staff_pages_and_buyers_never_on_the_groups() {
        for (Caller caller : List.of(Callers.buyer(-740_001), Callers.producer(-740_002, 1))) {
            Callers.signIn(caller);
            STAFF.forEach((route, view) -> assertThat(landsOn(route)).as(route + " for " + caller.roles()).isNotEqualTo(view));
        }
        Callers.signIn(Callers.buyer(-740_003));
        GROUP.forEach((route, view) -> assertThat(landsOn(route)).as(route + " for a buyer").isNotEqualTo(view));
        Callers.signIn(Callers.curator(-740_004, "53"));
        GROUP.forEach((route, view) -> assertThat(landsOn(route)).as(route + " for a curator").isNotEqualTo(view));
    }

    @Test
    void nobody_is_sent_to_the_login_from_the_inboxes_and_the_staff_and_group_pages() {
        Callers.signOut();
        for (String route : List.of("pesan", "pesan/baru", "pesan/1", "staf/ulasan", "staf/sengketa", "staf/pesan", "mitra/ulasan", "mitra/pesan",
                "mitra/retur")) {
            assertThat(landsOn(route)).as(route).isEqualTo("LoginView");
        }
    }

    @Test
    void the_rightful_callers_land_on_their_pages() {
        Callers.signIn(Callers.curator(-740_005, "53"));
        STAFF.forEach((route, view) -> assertThat(landsOn(route)).as(route).isEqualTo(view));
        Callers.signIn(Callers.admin(-740_006));
        assertThat(landsOn("staf/ulasan")).isEqualTo("StaffReviewsView");
        assertThat(landsOn("staf/sengketa")).isEqualTo("DisputesView");
        Callers.signIn(Callers.producer(-740_007, 1));
        GROUP.forEach((route, view) -> assertThat(landsOn(route)).as(route).isEqualTo(view));
        Callers.signIn(Callers.buyer(-740_008));
        assertThat(landsOn("pesan")).isEqualTo("BuyerInboxView");
    }

    private String landsOn(String route) {
        navigate(route, Component.class);
        return getCurrentView().getClass().getSimpleName();
    }
}
