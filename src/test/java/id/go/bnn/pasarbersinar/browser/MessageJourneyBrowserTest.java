package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A buyer asks the makers from a product page, a member of the group answers at /mitra/pesan, and the buyer finds
 * the answer unread in /pesan and in the header, then replies with a photo that both sides see from the conversation's
 * checked address and nobody else can open (nor at /gambar/…). Messages change no stock or money, so the demo buyer may ask.
 */
@Tag("browser")
class MessageJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void a_question_from_a_product_page_is_answered_by_the_group_and_shows_unread_to_the_buyer() throws Exception {
        String question = "Apakah warnanya luntur? " + System.nanoTime();
        String answer = "Tidak luntur, pewarna alami. " + System.nanoTime();

        Page buyer = session.signIn("pembeli@demo.pasarbersinar.id", "Belanja-Tenun-Kupang-25", null);
        buyer.navigate(session.baseUrl + "/kelompok/penjahit-tenun-fatululi");
        buyer.locator(".pb-card").first().click();
        buyer.locator(".pb-ask-makers").click();
        buyer.waitForURL(url -> url.contains("/pesan/baru?produk="));
        buyer.locator(".pb-message-text textarea").fill(question);
        buyer.locator(".pb-message-send").click();
        buyer.waitForURL(url -> url.matches(".*/pesan/\\d+$"));
        assertThat(buyer.locator(".pb-post-body").last().innerText()).isEqualTo(question);
        String conversation = buyer.url().replaceAll(".*/pesan/", "");

        Page member = session.signIn("anggota.fatululi@demo.pasarbersinar.id", "Anyam-Eceng-Gondok-25", null);
        member.navigate(session.baseUrl + "/mitra/pesan");
        Locator row = member.locator(".pb-inbox-row").filter(new Locator.FilterOptions().setHas(
                member.locator("a[href='pesan/" + conversation + "']")));
        assertThat(row.locator(".pb-inbox-unread").innerText()).isNotBlank();
        session.shots(member, "messages-group-inbox");
        row.locator(".pb-inbox-subject").click();
        member.waitForURL(url -> url.endsWith("/pesan/" + conversation));
        member.locator(".pb-message-text textarea").fill(answer);
        member.locator(".pb-message-send").click();
        member.locator(".pb-post-mine .pb-post-body").getByText(answer).waitFor();

        buyer.navigate(session.baseUrl + "/pesan");
        Locator mine = buyer.locator(".pb-inbox-row").filter(new Locator.FilterOptions().setHas(
                buyer.locator("a[href='pesan/" + conversation + "']")));
        assertThat(mine.locator(".pb-inbox-unread").innerText()).contains("1");
        assertThat(buyer.locator("header .pb-message-count").innerText()).isNotBlank();
        session.shots(buyer, "messages-buyer-inbox");
        mine.locator(".pb-inbox-subject").click();
        buyer.locator(".pb-post-theirs .pb-post-body").getByText(answer).waitFor();

        // a photo with the reply: shown to both sides from the conversation's checked address, to nobody else
        buyer.locator(".pb-message-upload input[type=file]").setInputFiles(new FilePayload("retak.png", "image/png", photo()));
        buyer.waitForCondition(() -> buyer.locator(".pb-message-photo-state").innerText().contains("1 dari 3"));
        buyer.locator(".pb-message-text textarea").fill("Ini fotonya. " + System.nanoTime());
        buyer.locator(".pb-message-send").click();
        Locator thumbnail = buyer.locator(".pb-post-mine .pb-post-photo img").last();
        thumbnail.waitFor();
        String src = thumbnail.getAttribute("src");
        assertThat(src).matches("/pesan/foto/" + conversation + "/[0-9a-f]{64}/240");
        buyer.waitForCondition(() -> (Boolean) thumbnail.evaluate("img => img.complete && img.naturalWidth > 0"));
        member.reload();
        Locator theirs = member.locator(".pb-post-theirs .pb-post-photo img").last();
        theirs.waitFor();
        member.waitForCondition(() -> (Boolean) theirs.evaluate("img => img.complete && img.naturalWidth > 0"));
        String hash = src.replaceAll(".*/([0-9a-f]{64})/240$", "$1");
        HttpClient anonymous = HttpClient.newHttpClient();
        for (String path : new String[] {src, "/gambar/" + hash, "/gambar/" + hash + "/240"}) {
            HttpResponse<byte[]> response = anonymous.send(HttpRequest.newBuilder(URI.create(session.baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).isEmpty();
        }
        session.shots(buyer, "messages-conversation");
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 320; x++) {
            for (int y = 0; y < 240; y++) {
                image.setRGB(x, y, (90 + x / 4) << 16 | (120 + y / 3) << 8 | (int) (System.nanoTime() & 0x3f));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
