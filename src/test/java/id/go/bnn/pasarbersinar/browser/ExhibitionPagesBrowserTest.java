package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The exhibition pages in a real browser: the administrator's list and the demo HANI exhibition with its booths, and
 * a booth group's page with its move form. Screenshots at 1366 and 390 px go to target/browser.
 */
@Tag("browser")
class ExhibitionPagesBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void staff_and_a_booth_group_see_the_demo_exhibition() {
        Page admin = session.signIn("admin@demo.pasarbersinar.id", "Kurasi-Pasar-Bersinar-25", "ADMINDEMOPASARBERSINAR234567ABCD");
        admin.navigate(session.baseUrl + "/staf/pameran");
        admin.locator(".pb-exhibition-list .pb-todo").first().waitFor();
        assertThat(admin.locator(".pb-exhibition-list").innerText()).contains("HANI (demo)");
        session.shots(admin, "exhibition-staff-list");
        admin.locator(".pb-exhibition-list .pb-todo").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("HANI (demo)"))
                .first().click();
        admin.locator(".pb-exhibition-booth").first().waitFor();
        assertThat(admin.locator(".pb-exhibition-booth").count()).isGreaterThanOrEqualTo(4);
        session.shots(admin, "exhibition-staff-detail");

        Page member = session.signIn("anggota.kampung-ambon@demo.pasarbersinar.id", "Anyam-Eceng-Gondok-25", null);
        member.navigate(session.baseUrl + "/mitra/pameran");
        member.locator(".pb-exhibition-card").first().waitFor();
        assertThat(member.locator(".pb-exhibition-card").first().innerText()).contains("HANI (demo)");
        session.shots(member, "exhibition-group");
    }
}
