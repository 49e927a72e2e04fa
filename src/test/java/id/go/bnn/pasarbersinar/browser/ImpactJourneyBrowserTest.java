package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A guest buys a Fatululi product and sees at checkout how much of the parcel goes to the group; the group's member
 * then agrees to show its earnings; the impact page, the home headline and the group page show them. Screenshots of
 * each at 1366 and 390 px go to target/browser.
 */
@Tag("browser")
class ImpactJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    static final String GROUP = "/kelompok/penjahit-tenun-fatululi";

    @Test
    void a_purchase_shows_the_group_share_and_then_counts_on_the_impact_pages() {
        Page page = session.newPage();
        page.navigate(session.baseUrl + GROUP);
        page.locator(".pb-card").first().click();
        page.locator(".pb-add-to-cart").waitFor();
        if (page.locator("vaadin-radio-button").count() > 0) {
            page.locator("vaadin-radio-button").first().click(); // a product with sizes: the first one
        }
        page.locator(".pb-add-to-cart").click();
        page.waitForURL(url -> url.contains("/keranjang"));
        page.locator(".pb-checkout-link").click();
        page.waitForURL(url -> url.endsWith("/checkout"));
        label(page, "Nama penerima").fill("Pembeli Dampak");
        label(page, "E-mail").fill("dampak" + System.nanoTime() % 100_000 + "@contoh.id");
        label(page, "Nomor HP (+62)").fill("081234567890");
        choose(page, "Provinsi", "Nusa Tenggara Timur");
        choose(page, "Kabupaten/Kota", null);
        choose(page, "Kecamatan", null);
        label(page, "Kode pos").fill("85111");
        label(page, "Jalan, nomor rumah, RT/RW, kelurahan").fill("Jl. El Tari No. 5");
        Locator share = page.locator(".pb-summary-share");
        share.first().waitFor();
        assertThat(share.first().innerText()).matches("Rp [\\d.]+ dari paket ini untuk Penjahit Tenun Fatululi .*");
        session.screenshot(page, "impact-checkout-1366");
        page.locator(".pb-pay").click();
        page.locator(".pb-demo-pay").click();
        page.waitForURL(url -> url.contains("/pesanan/"));

        Page member = session.signIn("anggota.fatululi@demo.pasarbersinar.id", "Anyam-Eceng-Gondok-25", null);
        member.navigate(session.baseUrl + "/mitra/profil");
        Locator consent = member.locator("vaadin-checkbox.pb-profile-impact-consent");
        if (consent.getAttribute("checked") == null) {
            consent.locator("input").click();
            member.locator(".pb-feedback").filter(new Locator.FilterOptions().setHasText("sekarang tampil")).waitFor();
        }

        Page visitor = session.newPage();
        visitor.navigate(session.baseUrl + "/dampak");
        visitor.locator(".pb-impact-group-link").filter(new Locator.FilterOptions().setHasText("Penjahit Tenun Fatululi")).first().waitFor();
        assertThat(visitor.locator(".pb-impact-group-earned").first().innerText()).startsWith("memperoleh Rp ");
        shots(visitor, "impact-dampak");
        visitor.navigate(session.baseUrl + "/");
        visitor.locator(".pb-impact-headline a[href=dampak]").waitFor();
        shots(visitor, "impact-home");
        visitor.navigate(session.baseUrl + GROUP);
        visitor.locator(".pb-group-earned").waitFor();
        // "Rp" and the amount are joined by a no-break space, so that they never part on a phone.
        assertThat(visitor.locator(".pb-group-earned").innerText()).startsWith("Kelompok ini sudah memperoleh Rp\u00a0");
        shots(visitor, "impact-group");
    }

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    /** Opens a combo box and picks the item with this text, or the first one. */
    private static void choose(Page page, String label, String item) {
        Locator field = label(page, label);
        field.click();
        if (item != null) {
            field.fill(item);
        }
        Locator items = page.locator("vaadin-combo-box-item:visible");
        (item == null ? items.first() : items.filter(new Locator.FilterOptions().setHasText(item)).first()).click();
        page.waitForTimeout(300);
    }

    private static void shots(Page page, String name) {
        page.setViewportSize(1366, 900);
        page.waitForTimeout(300);
        session.screenshot(page, name + "-1366");
        page.setViewportSize(390, 844);
        page.waitForTimeout(300);
        session.screenshot(page, name + "-390");
        page.setViewportSize(1280, 900);
    }
}
