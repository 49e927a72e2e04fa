package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A buyer asks the makers from a product page, a member of the group answers at /mitra/pesan, and the buyer finds
 * the answer unread in /pesan and in the header. Messages change no stock or money, so the demo buyer may ask.
 */
@Tag("browser")
class MessageJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void a_question_from_a_product_page_is_answered_by_the_group_and_shows_unread_to_the_buyer() {
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
        session.shots(buyer, "messages-conversation");
    }
}
