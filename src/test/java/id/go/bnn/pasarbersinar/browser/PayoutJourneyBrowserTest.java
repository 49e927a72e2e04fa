package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A payout run in a real browser on the demo shop of a fresh start (its order history leaves earnings available): the
 * administrator runs the payouts on /staf/pencairan; the Stripe Connect group (UMKM TKP Jaya) is paid by a demo
 * transfer, reconciled; the bank payout of Penjahit Tenun Fatululi gets its bank reference and an uploaded proof; the
 * finance administrator approves it (four eyes); the group's member sees the payout paid and its earnings on
 * /mitra/keuangan and downloads the statement PDF, which holds the order number and the amount. TOTP codes are
 * computed from the demo secrets (README). Screenshots at 390 and 1366 px go to target/browser.
 */
@Tag("browser")
class PayoutJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    static final String STAFF_PASSWORD = "Kurasi-Pasar-Bersinar-25";
    static final String BANK_GROUP = "Penjahit Tenun Fatululi";
    static final String STRIPE_GROUP = "UMKM TKP Jaya";

    @Test
    void an_administrator_pays_both_methods_a_second_approves_the_bank_transfer_and_the_member_gets_the_statement() throws Exception {
        Page admin = session.signIn("admin@demo.pasarbersinar.id", STAFF_PASSWORD, "ADMINDEMOPASARBERSINAR234567ABCD");
        admin.navigate(session.baseUrl + "/staf/pencairan");
        admin.locator(".pb-payout-demo-note").waitFor();
        session.shots(admin, "payout-runs-before");
        admin.locator("vaadin-button", new Page.LocatorOptions().setHasText("Jalankan pencairan sekarang")).click();

        // Earlier runs' payouts of the same groups are on the page too (paid): this run's are the open ones.
        Locator sent = card(admin, STRIPE_GROUP, "Dikirim");
        sent.waitFor();
        Locator stripe = byId(admin, sent.getAttribute("data-payout"));
        assertThat(stripe.innerText()).contains("tr_DEMO_", "acct_DEMO");
        stripe.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Cek di Stripe")).click();
        stripe.locator(".pb-payout-status", new Locator.LocatorOptions().setHasText("Dibayar")).waitFor();

        Locator pending = card(admin, BANK_GROUP, "Menunggu");
        pending.waitFor();
        String bankPayout = pending.getAttribute("data-payout");
        Locator bank = byId(admin, bankPayout);
        String amount = bank.locator(".pb-payout-amount").innerText();
        String reference = "TRF-UJI-" + (System.currentTimeMillis() % 1_000_000);
        bank.locator("vaadin-text-field.pb-payout-reference input").fill(reference);
        Path proof = Files.createTempFile("bukti-transfer", ".pdf");
        Files.write(proof, id.go.bnn.pasarbersinar.payout.ProofFiles.pdf("bukti transfer demo"));
        bank.locator("vaadin-upload input[type=file]").setInputFiles(proof);
        bank.locator("vaadin-upload-file[complete]").waitFor();
        bank.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Catat transfer")).click();
        bank.locator(".pb-payout-status", new Locator.LocatorOptions().setHasText("Dikirim")).waitFor();
        session.shots(admin, "payout-runs-recorded");
        // The same administrator cannot approve its own record (four eyes).
        bank.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Setujui")).click();
        admin.locator("vaadin-notification-card").first().waitFor();
        assertThat(bank.locator(".pb-payout-status").innerText()).isEqualTo("Dikirim");

        Page finance = session.signIn("keuangan@demo.pasarbersinar.id", STAFF_PASSWORD, "KEUANGANDEMOPASARBERSINAR234567A");
        finance.navigate(session.baseUrl + "/staf/pencairan");
        Locator toApprove = byId(finance, bankPayout);
        toApprove.locator(".pb-payout-status", new Locator.LocatorOptions().setHasText("Dikirim")).waitFor();
        assertThat(toApprove.innerText()).contains(reference, BANK_GROUP);
        toApprove.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Setujui")).click();
        toApprove.locator(".pb-payout-status", new Locator.LocatorOptions().setHasText("Dibayar")).waitFor();
        session.shots(finance, "payout-runs-approved");

        Page member = session.signIn("anggota.fatululi@demo.pasarbersinar.id", "Anyam-Eceng-Gondok-25", null);
        member.navigate(session.baseUrl + "/mitra/keuangan");
        Locator paid = member.locator(".pb-payout-card", new Page.LocatorOptions().setHasText(reference));
        paid.waitFor();
        assertThat(paid.innerText()).contains("Dibayar", amount);
        assertThat(paid.locator("a", new Locator.LocatorOptions().setHasText("Bukti")).count()).isEqualTo(1);
        Locator earning = member.locator(".pb-statement-order_line").first();
        earning.waitFor();
        String orderNumber = earning.locator(".pb-statement-reference").innerText();
        String earned = earning.locator(".pb-payout-amount").innerText();
        assertThat(orderNumber).matches("PB-\\d{4}-[A-Z0-9]{4}");
        session.shots(member, "member-finances");

        Download download = member.waitForDownload(() -> member.locator("a", new Page.LocatorOptions().setHasText("Unduh PDF")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(BANK_GROUP, orderNumber, earned, amount.replace("Rp", "").strip());
        }
    }

    private static Locator byId(Page page, String payoutId) {
        return page.locator(".pb-payout-card[data-payout='" + payoutId + "']");
    }

    /** The payout card of a group in a state (by their names on the page). */
    private static Locator card(Page page, String group, String status) {
        return page.locator(".pb-payout-card", new Page.LocatorOptions().setHasText(group))
                .filter(new Locator.FilterOptions().setHas(page.locator(".pb-payout-status", new Page.LocatorOptions().setHasText(status))));
    }
}
