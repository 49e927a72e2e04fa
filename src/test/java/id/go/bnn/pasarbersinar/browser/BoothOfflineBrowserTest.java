package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The booth page on a 390 px phone with a weak connection: a demo member moves stock to the demo exhibition, sells one
 * item for cash online, then three with the network cut (Playwright's offline mode); back online the queue is sent and
 * each sale is counted once, and the event's stock is right.
 */
@Tag("browser")
class BoothOfflineBrowserTest {

    static final String MEMBER = "anggota.kampung-ambon@demo.pasarbersinar.id";
    static final String PASSWORD = "Anyam-Eceng-Gondok-25";
    static final String DEMO_EVENT = "HANI (demo)";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void three_cash_sales_made_offline_are_sent_once_when_the_phone_is_back_online() {
        Page page = session.newPage(390, 844);
        java.util.List<String> scriptErrors = new java.util.ArrayList<>();
        page.onPageError(scriptErrors::add);
        // Signing in from /kasir brings the seller back to it.
        page.navigate(session.baseUrl + "/kasir");
        page.waitForURL(url -> url.contains("/masuk"));
        page.locator("vaadin-login-form input[name=username]").fill(MEMBER);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> url.contains("/kasir") && !url.contains("/masuk"));

        BoothPage.moveStock(page, session.baseUrl, DEMO_EVENT, 5);
        BoothPage.openBooth(page, session.baseUrl, DEMO_EVENT);
        Map<String, Object> before = BoothPage.stock(page, 0);
        long variant = ((Number) before.get("variantId")).longValue();
        int onHand = ((Number) before.get("onHand")).intValue();
        assertThat(onHand).isGreaterThanOrEqualTo(4);
        session.screenshot(page, "kasir-sell-390");

        BoothPage.sellForCash(page, variant);
        page.locator("#receipt-status.recorded").waitFor();
        assertThat(page.locator("#receipt-link").getAttribute("href")).contains("/kasir/struk.html?t=");

        page.context().setOffline(true);
        for (int i = 0; i < 3; i++) {
            page.locator("#new-sale").click();
            BoothPage.sellForCash(page, variant);
            page.locator("#receipt-status.queued").waitFor();
        }
        assertThat(page.locator("#queue-badge").innerText()).isEqualTo("3 menunggu dikirim");
        assertThat(page.locator("#net").innerText()).isEqualTo("Luring");
        session.screenshot(page, "kasir-offline-390");

        page.context().setOffline(false);
        page.locator("#queue-badge").waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        page.locator("#receipt-status.recorded").waitFor();

        Map<String, Object> after = BoothPage.stock(page, variant);
        assertThat(((Number) after.get("onHand")).intValue()).isEqualTo(onHand - 4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sales = (List<Map<String, Object>>) page.evaluate("async () => {"
               
                + " const [e, g] = localStorage.getItem('kasir.booth').split('/');"
                + " const day = await (await fetch('/api/kasir/booths/' + e + '/' + g + '/sales')).json();"
                + " return day.sales; }");
        List<String> ids = sales.stream().map(sale -> (String) sale.get("saleId")).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(sales).filteredOn(sale -> "recorded".equals(sale.get("status"))).hasSizeGreaterThanOrEqualTo(4);

        page.locator("#new-sale").click();
        page.locator("#to-day").click();
        page.locator("#day-sales li").first().waitFor();
        session.screenshot(page, "kasir-day-390");
        assertThat(scriptErrors).as("script errors on the booth page").isEmpty();
    }
}
