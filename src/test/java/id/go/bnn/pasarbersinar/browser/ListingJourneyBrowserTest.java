package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A demo member lists a new product with a photo from a phone-sized browser and submits it; the demo curator of NTT
 * signs in with an authenticator code and approves it; the product is then found by search.
 */
@Tag("browser")
class ListingJourneyBrowserTest {

    static final String CURATOR_SECRET = "KURATORNTTDEMOPASARBERSINAR23456";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void a_member_lists_a_product_from_a_phone_the_curator_approves_it_and_it_is_found_by_search() throws Exception {
        String word = "Peramban" + letters(Instant.now().getEpochSecond());
        String title = "Selendang " + word;

        Page phone = session.newPage(390, 844);
        signIn(phone, "anggota.fatululi@demo.pasarbersinar.id", "Anyam-Eceng-Gondok-25");
        phone.locator(".pb-sign-out").waitFor();
        phone.navigate(session.baseUrl + "/mitra");
        phone.locator(".pb-portal-create").waitFor();
        session.screenshot(phone, "mitra-390");
        phone.locator(".pb-portal-create").click();
        phone.waitForURL(url -> url.endsWith("/mitra/produk/baru"));

        FileChooser chooser = phone.waitForFileChooser(() -> phone.locator(".pb-upload vaadin-button").first().click());
        chooser.setFiles(new FilePayload("selendang.jpg", "image/jpeg", photo()));
        phone.locator(".pb-photo img").first().waitFor();

        phone.getByLabel("Nama produk", new Page.GetByLabelOptions().setExact(true)).fill(title);
        phone.getByLabel("Cerita dan keterangan produk", new Page.GetByLabelOptions().setExact(true))
                .fill("Selendang tenun ikat Kupang, ditenun tangan oleh anggota kelompok.");
        phone.getByLabel("Kategori", new Page.GetByLabelOptions().setExact(true)).fill("Tenun");
        phone.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Tenun")).first().click();
        phone.getByLabel("Harga", new Page.GetByLabelOptions().setExact(true)).fill("175000");
        phone.getByLabel("Berat untuk pengiriman", new Page.GetByLabelOptions().setExact(true)).fill("350");
        session.screenshot(phone, "editor-390");
        phone.getByText("Ajukan untuk ditinjau").click();
        phone.waitForURL(url -> url.endsWith("/mitra"));
        phone.navigate(session.baseUrl + "/mitra/produk");
        phone.locator(".pb-listing-row").first().waitFor();
        session.screenshot(phone, "listings-390");

        Page curator = session.newPage(1366, 900);
        signIn(curator, "kurator.ntt@demo.pasarbersinar.id", "Kurasi-Pasar-Bersinar-25");
        curator.waitForURL(url -> url.contains("/masuk/kode"));
        enterCode(curator);
        curator.navigate(session.baseUrl + "/staf/kurasi");
        curator.locator(".pb-listing-row").first().waitFor();
        session.screenshot(curator, "queue-1366");
        curator.locator(".pb-listing-row").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)).click();
        curator.waitForURL(url -> url.contains("/staf/kurasi/"));
        session.screenshot(curator, "review-1366");
        curator.getByText("Setujui").click();
        curator.waitForURL(url -> url.endsWith("/staf/kurasi"));

        Page buyer = session.newPage(390, 844);
        buyer.navigate(session.baseUrl + "/cari?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        buyer.locator(".pb-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)).first().waitFor();
        assertThat(buyer.locator(".pb-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)).count())
                .isEqualTo(1);
        session.screenshot(buyer, "found-390");
    }

    /**
     * Types the authenticator code. A code is accepted once: when another browser test of the same run used this
     * window's code for the same demo curator, {@link BrowserSession#authenticatorCode} waits for the next window.
     */
    private void enterCode(Page page) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            page.getByLabel("Kode 6 angka").fill(BrowserSession.authenticatorCode(CURATOR_SECRET));
            page.getByText("Lanjutkan").click();
            try {
                page.locator(".pb-sign-out").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(5_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError refused) {
                if (!page.url().contains("/masuk/kode")) {
                    signIn(page, "kurator.ntt@demo.pasarbersinar.id", "Kurasi-Pasar-Bersinar-25");
                    page.waitForURL(url -> url.contains("/masuk/kode"));
                }
            }
        }
        page.locator(".pb-sign-out").waitFor();
    }

    private void signIn(Page page, String email, String password) {
        page.navigate(session.baseUrl + "/masuk");
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }

    /** The word for search: letters only, unique per run. */
    static String letters(long number) {
        StringBuilder out = new StringBuilder();
        for (long n = number; n > 0; n /= 26) {
            out.append((char) ('a' + n % 26));
        }
        return out.toString();
    }

    static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(140, 28, 19));
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(242, 165, 65));
        for (int y = 0; y < 600; y += 40) {
            g.fillRect(0, y, 800, 14);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
