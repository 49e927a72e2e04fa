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
import java.nio.file.Paths;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reviews through the packaged demo: a guest buyer with a delivered demo order (Agus Prasetyo, found by the signed
 * link of his mails, see {@link DemoBuyers}) reviews what he bought with a photo; the review shows on the product page
 * and in its JSON-LD; a member of the group answers it on /mitra/ulasan and the answer shows on the product page; the
 * NTT curator's queue holds the demo review with a phone number. Screenshots at 1366 and 390 px
 * (target/browser/review-*.png). h20returns' journey goes on with the same order (return, dispute).
 */
@Tag("browser")
class ReviewJourneyBrowserTest {

    static final String MEMBER = "anggota.pandegiling@demo.pasarbersinar.id";
    static final String MEMBER_PASSWORD = "Anyam-Eceng-Gondok-25";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void a_buyer_reviews_a_delivered_demo_order_it_shows_on_the_product_and_in_json_ld_and_the_group_answers() throws Exception {
        Page buyer = session.newPage(1366, 900);
        DemoBuyers.Order order = DemoBuyers.deliveredOrderToReview(buyer, session.baseUrl, DemoBuyers.AGUS);

        Locator form = buyer.locator(".pb-review-form", new Page.LocatorOptions().setHas(buyer.locator(".pb-review-send"))).first();
        String productPath = form.locator(".pb-review-product").getAttribute("href");
        // Letters only: a long run of digits would read as a phone number and hold the review for the curator.
        String text = "Jilbabnya halus dan lukisannya rapi, kode " + Long.toString(System.currentTimeMillis(), 36).replaceAll("[0-9]", "x");
        form.locator(".pb-review-stars-field vaadin-radio-button").first().click();
        form.locator(".pb-review-text textarea").fill(text);
        form.locator(".pb-review-upload input[type=file]").setInputFiles(new FilePayload("foto.png", "image/png", photo()));
        form.locator("vaadin-upload-file[complete]").waitFor();
        session.shots(buyer, "review-form");
        form.locator(".pb-review-send").click();
        buyer.waitForCondition(() -> form.locator(".pb-feedback").innerText().contains("Terima kasih"));

        // the product page, live: the review with its stars, the buyer's first name and initial, its photo
        buyer.navigate(session.baseUrl + "/" + productPath);
        Locator section = buyer.locator(".pb-reviews");
        section.locator(".pb-review", new Locator.LocatorOptions().setHasText(text)).waitFor();
        Locator card = section.locator(".pb-review", new Locator.LocatorOptions().setHasText(text));
        assertThat(card.locator(".pb-review-author").innerText()).isEqualTo("Agus P.");
        assertThat(card.locator(".pb-review-stars").innerText()).isEqualTo("★★★★★");
        assertThat(card.locator(".pb-review-photos img").count()).isEqualTo(1);
        assertThat(section.locator(".pb-reviews-bar-row").count()).isEqualTo(5);
        section.scrollIntoViewIfNeeded();
        shots(buyer, section, "review-product");

        // the first HTML: JSON-LD with the aggregate and the review
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(session.baseUrl + "/" + productPath)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String jsonLd = Jsoup.parse(html).select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"aggregateRating\"", "\"@type\":\"AggregateRating\"", "\"reviewCount\"", "\"@type\":\"Review\"",
                text, "\"name\":\"Agus P.\"");

        // the group's member answers on /mitra/ulasan
        Page member = session.signIn(MEMBER, MEMBER_PASSWORD, null);
        member.navigate(session.baseUrl + "/mitra/ulasan");
        Locator mine = member.locator(".pb-review", new Page.LocatorOptions().setHasText(text));
        mine.waitFor();
        String answer = "Terima kasih, Pak Agus! Senang jilbabnya sampai dengan baik.";
        mine.locator(".pb-review-answer-field textarea").fill(answer);
        session.shots(member, "review-mitra-ulasan");
        mine.locator(".pb-review-answer-send").click();
        member.locator(".pb-review", new Page.LocatorOptions().setHasText(text)).locator(".pb-review-answer").waitFor();

        buyer.navigate(session.baseUrl + "/" + productPath);
        buyer.locator(".pb-reviews .pb-review", new Page.LocatorOptions().setHasText(text)).locator(".pb-review-answer",
                new Locator.LocatorOptions().setHasText(answer)).waitFor();

        // the NTT curator's queue holds the demo review with a phone number
        Page curator = session.signIn("kurator.ntt@demo.pasarbersinar.id", "Kurasi-Pasar-Bersinar-25", "KURATORNTTDEMOPASARBERSINAR23456");
        curator.navigate(session.baseUrl + "/staf/ulasan");
        curator.locator(".pb-staff-reviews .pb-review").first().waitFor();
        assertThat(curator.locator(".pb-staff-reviews").innerText()).contains("0812 3456 7890");
        session.shots(curator, "review-staf-ulasan");
    }

    /** The review section alone at 1366 and 390 px. */
    private static void shots(Page page, Locator section, String name) {
        for (int width : new int[] {1366, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.waitForTimeout(300);
            section.scrollIntoViewIfNeeded();
            section.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target", "browser", name + "-" + width + ".png")));
        }
        page.setViewportSize(1366, 900);
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 300; y++) {
                image.setRGB(x, y, (120 + x / 4) << 16 | (60 + y / 3) << 8 | 140);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
