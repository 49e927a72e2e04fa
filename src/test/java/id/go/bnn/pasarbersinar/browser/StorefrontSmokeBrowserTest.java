package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The running shop, as a visitor's browser sees it. */
@Tag("browser")
class StorefrontSmokeBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void home_page_shows_demo_products_from_several_provinces() {
        Page page = session.newPage();
        Response response = page.navigate(session.baseUrl + "/");
        assertThat(response.status()).isEqualTo(200);
        page.locator(".pb-card").first().waitFor();
        assertThat(page.locator(".pb-card").count()).isGreaterThanOrEqualTo(12);
        List<String> provinces = page.locator(".pb-card-province").allInnerTexts().stream().distinct().toList();
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.locator(".pb-card-price").first().innerText()).matches("Rp \\d{1,3}(\\.\\d{3})*");
        assertThat(page.locator(".pb-demo-banner").innerText()).contains("Data contoh");
        assertThat(page.title()).contains("Pasar Bersinar");
        session.screenshot(page, "home");
    }

    @Test
    void language_switch_turns_the_shop_into_english_and_stays() {
        Page page = session.newPage();
        page.navigate(session.baseUrl + "/");
        page.locator("h1").first().waitFor();
        assertThat(page.locator("h1").first().innerText()).isEqualTo("Kerajinan tangan yang membangun harapan");
        page.locator(".pb-language").click();
        page.waitForCondition(() -> page.locator("h1").first().innerText().equals("Handicrafts that build hope"));
        page.navigate(session.baseUrl + "/");
        assertThat(page.locator("h1").first().innerText()).isEqualTo("Handicrafts that build hope");
    }

    @Test
    void unknown_address_is_a_404_page_with_a_way_back() {
        Page page = session.newPage();
        Response response = page.navigate(session.baseUrl + "/produk-yang-tidak-pernah-ada");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").first().innerText()).isEqualTo("Halaman tidak ditemukan");
        assertThat(page.locator("a.pb-button").first().getAttribute("href")).isEqualTo("/");
    }
}
