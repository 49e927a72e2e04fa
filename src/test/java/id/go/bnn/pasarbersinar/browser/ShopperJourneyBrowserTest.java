package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whole journeys through the running shop: finding a product, and a buyer signing in and out. */
@Tag("browser")
class ShopperJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void a_visitor_searches_from_the_header_and_opens_a_product_page() {
        Page page = session.newPage();
        page.navigate(session.baseUrl + "/");
        page.locator(".pb-search input").fill("tenunan");
        page.locator(".pb-search input").press("Enter");
        page.waitForURL(url -> url.contains("/cari?q=tenunan"));
        page.locator(".pb-card").first().waitFor();
        assertThat(page.locator(".pb-card").count()).isGreaterThan(0);
        session.screenshot(page, "search");

        String href = page.locator(".pb-card").first().getAttribute("href");
        assertThat(href).startsWith("/produk/");
        Response product = page.navigate(session.baseUrl + href);
        assertThat(product.status()).isEqualTo(200);
        assertThat(page.locator("h1").first().innerText()).isNotBlank();
        assertThat(page.content()).contains("\"priceCurrency\":\"IDR\"");
        session.screenshot(page, "product");
    }

    @Test
    void the_demo_buyer_signs_in_and_out() {
        Page page = signInAsDemoBuyer("Belanja-Tenun-Kupang-25");
        page.locator(".pb-sign-out").waitFor();
        assertThat(page.locator(".pb-header-link[href='akun']").innerText()).contains("Akun saya");
        session.screenshot(page, "signed-in");

        page.locator(".pb-sign-out").click();
        page.locator(".pb-header-link[href='masuk']").waitFor();
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_and_no_session() {
        Page page = signInAsDemoBuyer("bukan-kata-sandi-yang-benar");
        page.locator("vaadin-login-form[error]").waitFor();
        assertThat(page.getByText("E-mail atau kata sandi salah").first().isVisible()).isTrue();
        assertThat(page.locator(".pb-sign-out").isVisible()).isFalse();
        assertThat(page.locator(".pb-header-link[href='masuk']").isVisible()).isTrue();
    }

    private Page signInAsDemoBuyer(String password) {
        Page page = session.newPage();
        page.navigate(session.baseUrl + "/masuk");
        page.locator("vaadin-login-form input[name=username]").fill("pembeli@demo.pasarbersinar.id");
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        return page;
    }
}
