package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Groups and staff in a real browser: the demo curator of NTT suspends a demo group (its products leave the group page
 * and search), lifts the suspension (they are back) and reads the decision log; a demo member chooses first names
 * for the public group page. Screenshots of every page at 390 and 1366 px go to target/browser.
 */
@Tag("browser")
class StaffBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    static final String GROUP = "Penenun Desa Bersinar Kenebibi";
    static final String GROUP_PAGE = "/kelompok/penenun-desa-bersinar-kenebibi";

    @Test
    void the_curator_suspends_a_group_its_products_leave_the_shop_and_lifting_brings_them_back() {
        Page page = session.signIn("kurator.ntt@demo.pasarbersinar.id", "Kurasi-Pasar-Bersinar-25", "KURATORNTTDEMOPASARBERSINAR23456");
        page.navigate(session.baseUrl + "/staf/kelompok");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(GROUP)).first().click();
        page.locator(".pb-curation-detail h2").waitFor();
        assertThat(page.locator(".pb-curation-detail h2").innerText()).isEqualTo(GROUP);
        session.shots(page, "staff-groups");

        page.locator(".pb-curation-suspend input").fill("Pemeriksaan lapangan oleh BNNP");
        page.locator(".pb-curation-suspend vaadin-button").click();
        page.locator(".pb-state-suspended").waitFor();

        Page visitor = session.newPage();
        assertThat(visitor.navigate(session.baseUrl + GROUP_PAGE).status()).isEqualTo(404);
        visitor.navigate(session.baseUrl + "/cari?q=futus");
        visitor.locator(".pb-search-page, main").first().waitFor();
        assertThat(visitor.content()).doesNotContain("Kain Tenun Futus Belu");

        page.locator(".pb-curation-actions vaadin-button", new Page.LocatorOptions().setHasText("Cabut penangguhan")).click();
        page.locator(".pb-state-verified").waitFor();
        Response back = visitor.navigate(session.baseUrl + GROUP_PAGE);
        assertThat(back.status()).isEqualTo(200);
        visitor.navigate(session.baseUrl + "/cari?q=futus");
        visitor.locator(".pb-card").first().waitFor();
        assertThat(visitor.content()).contains("Kain Tenun Futus Belu");

        page.navigate(session.baseUrl + "/staf/audit");
        page.locator(".pb-audit-action", new Page.LocatorOptions().setHasText("Penangguhan dicabut")).first().waitFor();
        assertThat(page.locator(".pb-audit-time").first().innerText()).endsWith(" WIB");
        session.shots(page, "staff-audit");

        page.navigate(session.baseUrl + "/staf/koleksi");
        page.locator(".pb-collection-card").first().waitFor();
        session.shots(page, "staff-collections");
    }

    @Test
    void a_member_chooses_first_names_for_the_public_group_page() {
        Page page = session.signIn("anggota.kenebibi@demo.pasarbersinar.id", "Anyam-Eceng-Gondok-25", null);
        page.navigate(session.baseUrl + "/mitra/profil");
        page.locator(".pb-profile-display").waitFor();
        session.shots(page, "member-profile");
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Nama depan anggota")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Simpan profil")).click();
        page.locator(".pb-feedback-success").waitFor();

        Page visitor = session.newPage();
        visitor.navigate(session.baseUrl + GROUP_PAGE);
        Locator names = visitor.locator(".pb-group-member-names");
        names.waitFor();
        assertThat(names.innerText()).startsWith("Anggota: ");
        session.shots(visitor, "group-page-first-names");

        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Hanya nama kelompok")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Simpan profil")).click();
        page.locator(".pb-feedback-success").waitFor();
    }
}
