package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An English buyer's order through the packaged shop: it switches to English, buys the brown water-hyacinth bag
 * (a variant without its own price), pays on the demo page, comes back to the address it was on (the shop runs
 * without PASAR_BASE_URL, so its configured address is localhost while the browser is on 127.0.0.1) still in English,
 * and the order page names the bag and its colour in English and says when, once, in the shop's one way.
 */
@Tag("browser")
class EnglishOrderBrowserTest {

    static final String BAG_EN = "Woven Water-Hyacinth Bag";
    static final String BAG_ID = "Tas Eceng Gondok Anyam";
    static final Pattern WHEN = Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} WIB");

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void an_english_buyer_pays_comes_back_in_english_and_reads_the_order_in_english() {
        Page buyer = session.newPage(1366, 900);
        buyer.navigate(session.baseUrl + "/");
        buyer.locator("h1").first().waitFor();
        buyer.locator(".pb-language").click();
        // The switch reloads the page: wait for the English heading (a locator survives the navigation, evaluate does not).
        buyer.waitForCondition(() -> buyer.locator("h1").first().innerText().equals("Handicrafts that build hope"));

        buyer.navigate(session.baseUrl + "/cari?q=" + BAG_EN.replace(' ', '+'));
        buyer.locator(".pb-card", new Page.LocatorOptions().setHasText(BAG_EN)).first().click();
        buyer.waitForURL(url -> url.contains("/produk/"));
        Locator price = buyer.locator(".pb-product-price");
        String listed = price.innerText();
        buyer.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Brown")).click();
        buyer.waitForCondition(() -> Boolean.TRUE.equals(buyer.evaluate(
                "() => Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())")));
        assertThat(price.innerText()).isEqualTo(listed).isNotEqualTo("Rp 0");
        Checkouts.addShownProduct(buyer, BAG_EN);

        Checkouts.fillCheckout(buyer, "Jane Traveller", "traveller." + System.currentTimeMillis() + "@example.com");
        buyer.locator(".pb-summary-parcel", new Page.LocatorOptions().setHasText("Rp")).first().waitFor();
        buyer.waitForCondition(() -> buyer.locator(".pb-summary-parcel").first().innerText().matches("(?s).*Shipping.*Rp.*"));

        buyer.locator(".pb-pay").click();
        buyer.waitForURL(url -> url.contains("/bayar/demo/"));
        Locator line = buyer.locator(".pb-demo-line").first();
        line.waitFor();
        assertThat(line.innerText()).contains(BAG_EN + " (Brown)").doesNotContain(BAG_ID);
        String number = buyer.locator(".pb-demo-order-number").innerText().strip();

        buyer.locator(".pb-demo-pay").click();
        buyer.waitForURL(url -> url.contains("/pesanan/" + number + "?t="));
        assertThat(buyer.url()).startsWith(session.baseUrl + "/pesanan/");
        buyer.locator(".pb-order-state-paid").waitFor();
        assertThat(buyer.evaluate("document.documentElement.lang")).isEqualTo("en");
        String order = buyer.locator(".pb-order").innerText();
        assertThat(order).contains(BAG_EN + " (Brown)").doesNotContain(BAG_ID).doesNotContain("Cokelat")
                .doesNotContain("WIB WIB").containsPattern(WHEN);
        // The page around the items is English too: the state, the address heading, the parcel and its shipping.
        assertThat(order).contains("Payment received. Thank you!", "Ship to", "Parcel from ", "Shipping: Rp")
                .doesNotContain("Pembayaran diterima", "Dikirim ke", "Ongkos kirim");
        assertThat(buyer.locator(".pb-parcel .pb-parcel-status-paid").innerText()).isEqualTo("Paid");
        session.shots(buyer, "english-order");
    }
}
