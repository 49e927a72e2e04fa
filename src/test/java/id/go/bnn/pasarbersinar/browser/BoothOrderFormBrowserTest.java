package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The booth page's order for later delivery in Chromium on a 390 px phone, the page's own files from {@code frontend/kasir}
 * and the shop's JSON answers standing in for the API (the service and HTTP tests check the shop's side): the basket's
 * item goes into the form, the seller types a Vienna address, the request carries it, the answer is shown as text; an
 * address in Indonesia offers the province, regency and district lists; offline the button is off.
 */
@Tag("browser")
class BoothOrderFormBrowserTest {

    static final String ORIGIN = "http://kasir.test";
    static final String ATTACK = "</script><img src=x onerror=alert(1)>";

    static void file(Route route, String name, String type) {
        try {
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType(type)
                    .setBodyBytes(Files.readAllBytes(Paths.get("frontend/kasir", name))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_seller_takes_an_order_to_vienna_on_a_phone() {
        Path chromium = Paths.get(System.getProperty("pasar.e2e.chromium", "/usr/bin/chromium"));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--no-first-run")));
            var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setServiceWorkers(
                    com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK));
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.onDialog(dialog -> errors.add("dialog: " + dialog.message()));
            AtomicReference<String> sent = new AtomicReference<>();
            page.route(ORIGIN + "/**", route -> {
                String path = java.net.URI.create(route.request().url()).getPath();
                switch (path) {
                    case "/kasir" -> file(route, "index.html", "text/html");
                    case "/kasir/kasir.css" -> file(route, "kasir.css", "text/css");
                    case "/kasir/kasir-texts.js", "/kasir/kasir-queue.js", "/kasir/kasir.js", "/kasir/kasir-order.js" ->
                            file(route, path.substring("/kasir/".length()), "text/javascript");
                    case "/api/kasir/session" -> route.fulfill(new Route.FulfillOptions().setContentType("application/json").setBody(
                            "{\"signedIn\":true,\"email\":\"penjual@test\",\"lang\":\"id\",\"csrfHeader\":\"X-CSRF-TOKEN\",\"csrfToken\":\"t0ken\"}"));
                    case "/api/kasir/booths" -> route.fulfill(new Route.FulfillOptions().setContentType("application/json").setBody(
                            "[{\"exhibitionId\":7,\"exhibitionName\":\"UNODC Wien\",\"place\":\"Vienna International Centre\",\"groupId\":3,"
                                    + "\"groupName\":\"Penjahit Tenun Fatululi\",\"boothLabel\":\"A1\"}]"));
                    case "/api/kasir/booths/7/3/catalog" -> route.fulfill(new Route.FulfillOptions().setContentType("application/json").setBody(
                            "[{\"variantId\":41,\"productId\":9,\"slug\":\"selendang\",\"name\":\"Selendang tenun\",\"price\":150000,\"onHand\":3,\"thumbnail\":null}]"));
                    case "/api/kasir/places/countries" -> route.fulfill(new Route.FulfillOptions().setContentType("application/json").setBody(
                            "[{\"code\":\"ID\",\"name\":\"Indonesia\"},{\"code\":\"AT\",\"name\":\"Austria\"}]"));
                    case "/api/kasir/places/provinces" -> route.fulfill(new Route.FulfillOptions().setContentType("application/json").setBody(
                            "[{\"code\":\"53\",\"name\":\"Nusa Tenggara Timur\"}]"));
                    case "/api/kasir/places/provinces/53/regencies" -> route.fulfill(new Route.FulfillOptions().setContentType("application/json")
                            .setBody("[{\"code\":\"53.71\",\"name\":\"Kota Kupang\"}]"));
                    case "/api/kasir/places/regencies/53.71/districts" -> route.fulfill(new Route.FulfillOptions().setContentType("application/json")
                            .setBody("[{\"code\":\"53.71.01\",\"name\":\"Oebobo\"}]"));
                    case "/api/kasir/orders" -> {
                        sent.set(route.request().postData() + " csrf=" + route.request().headers().get("x-csrf-token"));
                        route.fulfill(new Route.FulfillOptions().setContentType("application/json").setBody(
                                "{\"number\":\"PB-2612-WIEN\",\"total\":520000,\"shipping\":370000,\"itemsTotal\":150000,"
                                        + "\"paymentUrl\":\"" + ORIGIN + "/bayar/demo/demo_x\",\"orderUrl\":\"" + ORIGIN + "/pesanan/PB-2612-WIEN?t=abc\","
                                        + "\"message\":\"Pesanan PB-2612-WIEN dibuat. " + ATTACK.replace("\"", "\\\"") + "\"}"));
                    }
                    default -> route.fulfill(new Route.FulfillOptions().setStatus(404).setBody("{}"));
                }
            });

            page.navigate(ORIGIN + "/kasir");
            page.locator("#items .item").first().click();
            page.locator("#to-order").click();
            page.locator("#screen-order:not([hidden])").waitFor();
            assertThat(page.locator("#to-order").textContent()).isEqualTo("Pesan untuk dikirim (tautan kartu)");
            assertThat(page.locator("#order-lines").textContent()).contains("Selendang tenun", "Rp 150.000");
            page.locator("#order-country option[value=AT]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            page.selectOption("#order-country", "ID");
            page.locator("#order-province option[value='53']").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            assertThat(page.locator("#order-abroad").isVisible()).isFalse();
            page.selectOption("#order-province", "53");
            page.locator("#order-regency option[value='53.71']").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            page.selectOption("#order-country", "AT");
            assertThat(page.locator("#order-id").isVisible()).isFalse();
            page.fill("#order-name", "Anna " + ATTACK);
            page.fill("#order-email", "anna@wien.example.at");
            page.fill("#order-phone", "+43 1 234 5678");
            page.fill("#order-street", "Wagramer Straße 5\nTür 12");
            page.fill("#order-city", "Wien");
            page.fill("#order-postal", "1220");
            // The width of a phone: nothing on the form is wider than the screen.
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
            page.locator("#order-send").click();

            page.locator("#screen-ordered:not([hidden])").waitFor();
            assertThat(sent.get()).contains("\"exhibitionId\":7", "\"groupId\":3", "\"variantId\":41", "\"quantity\":1", "\"country\":\"AT\"",
                    "\"city\":\"Wien\"", "\"street\":\"Wagramer Straße 5\\nTür 12\"", "\"postalCode\":\"1220\"", "\"province\":null", "csrf=t0ken");
            assertThat(sent.get()).containsPattern("\"orderKey\":\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\"");
            assertThat(page.locator("#ordered-message").textContent()).endsWith(ATTACK);
            assertThat(page.locator("#screen-ordered img").count()).isZero();
            assertThat(page.locator("#ordered-total").textContent()).isEqualTo("Rp 520.000");
            assertThat(page.locator("#ordered-pay").getAttribute("href")).isEqualTo(ORIGIN + "/bayar/demo/demo_x");

            page.locator("#ordered-new").click();
            page.locator("#screen-sell:not([hidden])").waitFor();
            assertThat(page.locator("#cart").isVisible()).isFalse();
            page.locator("#items .item").first().click();
            page.locator("#to-order").click();
            context.setOffline(true);
            page.evaluate("window.dispatchEvent(new Event('offline'))");
            assertThat(page.locator("#order-send").isDisabled()).isTrue();
            assertThat(page.locator("#order-offline").isVisible()).isTrue();
            assertThat(errors).isEmpty();
            browser.close();
        }
    }
}
