package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A payout by (demo) Midtrans Iris in a real browser on the demo shop: after its history Galeri Batik Pinang
 * is paid to its bank account through Iris. The administrator runs the payouts (its payout is created at the demo Iris;
 * if another journey ran them first, the same administrator created it then), cannot approve it himself (four eyes), the
 * finance administrator approves it at Iris and the demo's "complete" settles it; the group's member sees it paid on
 * /mitra/keuangan with Iris's reference. It touches no group that {@code PayoutJourneyBrowserTest} pays. Screenshots at
 * 390 and 1366 px go to target/browser.
 */
@Tag("browser")
class IrisPayoutJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    static final String STAFF_PASSWORD = "Kurasi-Pasar-Bersinar-25";
    static final String IRIS_GROUP = "Galeri Batik Pinang";

    @Test
    void an_administrator_runs_an_iris_payout_a_second_approves_it_and_the_group_sees_it_paid() {
        Page admin = session.signIn("admin@demo.pasarbersinar.id", STAFF_PASSWORD, "ADMINDEMOPASARBERSINAR234567ABCD");
        admin.navigate(session.baseUrl + "/staf/pencairan");
        admin.locator(".pb-iris-demo-note").waitFor();
        admin.locator("vaadin-button", new Page.LocatorOptions().setHasText("Jalankan pencairan sekarang")).click();

        Locator queued = admin.locator(".pb-payout-card[data-method='IRIS']", new Page.LocatorOptions().setHasText(IRIS_GROUP))
                .filter(new Locator.FilterOptions().setHasText("menunggu administrator kedua"));
        queued.first().waitFor();
        String payoutId = queued.first().getAttribute("data-payout");
        Locator card = byId(admin, payoutId);
        assertThat(card.innerText()).contains("Dikirim", "DEMO-pasar-payout-" + payoutId, "bjb");
        String amount = card.locator(".pb-payout-amount").innerText();
        session.shots(admin, "iris-payout-queued");
        // Four eyes: the administrator who created it at Iris cannot approve it.
        card.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Setujui di Iris")).click();
        admin.locator("vaadin-notification-card").first().waitFor();
        assertThat(byId(admin, payoutId).innerText()).contains("menunggu administrator kedua");

        Page finance = session.signIn("keuangan@demo.pasarbersinar.id", STAFF_PASSWORD, "KEUANGANDEMOPASARBERSINAR234567A");
        finance.navigate(session.baseUrl + "/staf/pencairan");
        Locator toApprove = byId(finance, payoutId);
        toApprove.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Setujui di Iris")).click();
        byId(finance, payoutId).locator("vaadin-button", new Locator.LocatorOptions().setHasText("demo: selesai")).waitFor();
        assertThat(byId(finance, payoutId).innerText()).contains("disetujui, sedang di bank");
        session.shots(finance, "iris-payout-approved");
        byId(finance, payoutId).locator("vaadin-button", new Locator.LocatorOptions().setHasText("demo: selesai")).click();
        byId(finance, payoutId).locator(".pb-payout-status", new Locator.LocatorOptions().setHasText("Dibayar")).waitFor();
        assertThat(byId(finance, payoutId).innerText()).contains("selesai");

        Page member = session.signIn("anggota.batik-pinang@demo.pasarbersinar.id", "Anyam-Eceng-Gondok-25", null);
        member.navigate(session.baseUrl + "/mitra/keuangan");
        Locator paid = member.locator(".pb-payout-card[data-payout='" + payoutId + "']");
        paid.waitFor();
        assertThat(paid.innerText()).contains("Dibayar", amount, "DEMO-pasar-payout-" + payoutId, "•••• ");
        assertThat(paid.innerText()).doesNotContain("0098765432100");
        session.shots(member, "iris-member-finances");
    }

    private static Locator byId(Page page, String payoutId) {
        return page.locator(".pb-payout-card[data-payout='" + payoutId + "']");
    }
}
