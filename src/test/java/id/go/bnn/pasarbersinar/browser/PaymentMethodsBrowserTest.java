package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paying the way Indonesia pays, through the packaged demo: a guest buys from two groups, picks QRIS, pays on the demo
 * QRIS page (a real QR code of a demo payload) and sees both parcels paid; another buyer picks a BCA virtual account,
 * leaves the page to "pay at an ATM", finds the order waiting with its way back to the number, then lets it expire
 * (the demo's stand-in for the day running out) and the stock is back on the product page. Products of its own
 * (none of the other journeys buys them), so their stock is this journey's alone. Photographs at 1366 and 390 px
 * (target/browser/methods-*.png).
 */
@Tag("browser")
class PaymentMethodsBrowserTest {

    static final String FIRST_PRODUCT = "Gelang Manik Batak";
    static final String SECOND_PRODUCT = "Keripik Balado 250 g";
    static final String VA_PRODUCT = "Tote Bag Sablon Jakarta";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void a_guest_pays_by_qris_for_two_parcels() {
        Page guest = session.newPage(390, 844);
        Checkouts.addToCart(guest, session.baseUrl, FIRST_PRODUCT);
        Checkouts.addToCart(guest, session.baseUrl, SECOND_PRODUCT);
        assertThat(guest.locator(".pb-parcel").count()).isEqualTo(2);
        Checkouts.fillCheckout(guest, "Yosef Lake", "qris." + System.currentTimeMillis() + "@contoh.id");
        guest.locator(".pb-summary-parcel", new Page.LocatorOptions().setHasText("Ongkos kirim: Rp")).nth(1).waitFor();

        Locator methods = guest.locator("vaadin-radio-group.pb-checkout-method");
        methods.scrollIntoViewIfNeeded();
        assertThat(methods.locator("vaadin-radio-button").count()).isEqualTo(9);
        assertThat(methods.innerText()).contains("QRIS").contains("Pindai kode dengan aplikasi bank atau dompet digital apa pun")
                .contains("Virtual account BCA").contains("Kartu kredit atau debit");
        // Each method's line fits the phone: no radio row wider than the page.
        assertThat((Boolean) guest.evaluate("() => [...document.querySelectorAll('vaadin-radio-group.pb-checkout-method vaadin-radio-button')]"
                + ".every(b => b.getBoundingClientRect().right <= document.documentElement.clientWidth + 1)")).isTrue();
        methods.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("QRIS")).first().click();
        photograph(guest, "picker", methods);

        String number = Checkouts.toDemoPayment(guest);
        Locator code = guest.locator("img.pb-demo-qris");
        code.waitFor();
        assertThat(guest.locator(".pb-demo-payment-banner").innerText()).contains("DEMO");
        assertThat(guest.locator("h1").innerText()).isEqualTo("QRIS (demo)");
        assertThat(code.getAttribute("src")).startsWith("data:image/png;base64,");
        // The browser drew the code (the page's policy lets the data: image through).
        assertThat((Boolean) code.evaluate("img => img.complete && img.naturalWidth > 100")).isTrue();
        assertThat(code.getAttribute("data-payload")).contains(number).contains("PASAR BERSINAR DEMO");
        photograph(guest, "qris", code);

        Checkouts.payDemo(guest, number);
        Locator parcels = guest.locator(".pb-parcel");
        assertThat(parcels.count()).isEqualTo(2);
        assertThat(parcels.locator(".pb-parcel-status-paid").count()).isEqualTo(2);
        assertThat(guest.locator(".pb-order-payment-method").innerText()).isEqualTo("Cara bayar: QRIS");
        assertThat(guest.locator(".pb-how-to-pay").count()).isZero();
    }

    @Test
    void a_virtual_account_order_waits_for_the_buyer_then_expires_and_its_stock_returns() {
        Page buyer = session.newPage(1366, 900);
        Checkouts.addToCart(buyer, session.baseUrl, VA_PRODUCT);
        String productPage = productAddress(buyer, VA_PRODUCT);
        int before = stockShown(buyer, productPage);

        buyer.navigate(session.baseUrl + "/keranjang");
        Checkouts.fillCheckout(buyer, "Siti Rahma", "va." + System.currentTimeMillis() + "@contoh.id");
        buyer.locator(".pb-summary-parcel", new Page.LocatorOptions().setHasText("Ongkos kirim: Rp")).first().waitFor();
        buyer.locator("vaadin-radio-group.pb-checkout-method vaadin-radio-button",
                new Page.LocatorOptions().setHasText("Virtual account BCA")).first().click();
        String number = Checkouts.toDemoPayment(buyer);

        Locator account = buyer.locator(".pb-demo-va-number");
        account.waitFor();
        assertThat(account.innerText()).startsWith("39358").matches("\\d{16}");
        assertThat(buyer.locator(".pb-demo-va-bank").innerText()).isEqualTo("Virtual account BCA");
        assertThat(buyer.locator(".pb-demo-deadline").innerText()).startsWith("Bayar paling lambat ").endsWith("WIB.");
        photograph(buyer, "va", account);
        String vaNumber = account.innerText();

        // The buyer leaves to pay at an ATM: the order waits, its stock held, with the way back to the number.
        buyer.locator(".pb-demo-later").click();
        buyer.waitForURL(url -> url.contains("/pesanan/" + number + "?t="));
        buyer.locator(".pb-order-state-awaiting_payment").waitFor();
        assertThat(buyer.locator(".pb-order-payment-method").innerText()).isEqualTo("Cara bayar: Virtual account BCA");
        assertThat(buyer.locator(".pb-order-pay-until").innerText()).startsWith("Bayar paling lambat ");
        String orderPage = buyer.url();
        assertThat(stockShown(buyer, productPage)).isEqualTo(before - 1);

        buyer.navigate(orderPage);
        buyer.locator(".pb-how-to-pay").click();
        buyer.waitForURL(url -> url.contains("/bayar/demo/"));
        assertThat(buyer.locator(".pb-demo-va-number").innerText()).isEqualTo(vaNumber);

        // The day runs out (the demo's button closes the session as expired): the order closes, the stock is back.
        buyer.locator(".pb-demo-expire").click();
        buyer.waitForURL(url -> url.contains("/pesanan/" + number));
        buyer.locator(".pb-order-state-expired").waitFor();
        assertThat(stockShown(buyer, productPage)).isEqualTo(before);
    }

    private static String productAddress(Page page, String title) {
        page.navigate(page.url().replaceAll("/keranjang.*", "") + "/cari?q=" + title.replace(' ', '+'));
        page.locator(".pb-card", new Page.LocatorOptions().setHasText(title)).first().click();
        page.waitForURL(url -> url.contains("/produk/"));
        return page.url();
    }

    /** "Tersedia 19 buah" on the product page, as a number. */
    private static int stockShown(Page page, String productPage) {
        page.navigate(productPage);
        Locator stock = page.locator(".pb-product-stock");
        stock.waitFor();
        return Integer.parseInt(stock.innerText().replaceAll("\\D+", ""));
    }

    private static void photograph(Page page, String name, Locator subject) {
        var size = page.viewportSize();
        for (int[] viewport : new int[][] {{1366, 900}, {390, 844}}) {
            page.setViewportSize(viewport[0], viewport[1]);
            subject.scrollIntoViewIfNeeded();
            session.screenshot(page, "methods-" + name + "-" + viewport[0]);
        }
        page.setViewportSize(size.width, size.height);
    }
}
