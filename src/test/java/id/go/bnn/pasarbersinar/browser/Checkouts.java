package id.go.bnn.pasarbersinar.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.regex.Pattern;

/**
 * The buyer's steps from a product to the demo payment page, as the browser journeys share them: find a product and put
 * it in the cart, fill the checkout form with an address in Kota Kupang, and go to the demo payment page. What each
 * journey checks on the way stays in the journey.
 */
final class Checkouts {

    private Checkouts() {
    }

    /** Searches for the product by its title, opens it and puts one in the cart; ends on the cart page. */
    static void addToCart(Page page, String baseUrl, String title) {
        page.navigate(baseUrl + "/cari?q=" + title.replace(' ', '+'));
        page.locator(".pb-card", new Page.LocatorOptions().setHasText(title)).first().click();
        page.waitForURL(url -> url.contains("/produk/"));
        addShownProduct(page, title);
    }

    /** On a product page: waits for the add button to come alive, adds, and waits for the line in the cart. */
    static void addShownProduct(Page page, String title) {
        Locator add = page.locator(".pb-add-to-cart");
        add.waitFor();
        page.waitForCondition(add::isEnabled);
        add.click();
        page.waitForURL(url -> url.contains("/keranjang"));
        page.locator(".pb-line-name", new Page.LocatorOptions().setHasText(title)).waitFor();
    }

    /** From the cart to the checkout form, filled for a buyer in Oebobo, Kota Kupang (the summary is left to the caller). */
    static void fillCheckout(Page page, String name, String email) {
        page.locator("a.pb-checkout-link").click();
        page.waitForURL(url -> url.endsWith("/checkout"));
        page.locator(".pb-checkout-name input").fill(name);
        page.locator(".pb-checkout-email input").fill(email);
        page.locator(".pb-checkout-phone input").fill("+62 812 3456 7890");
        pick(page, "pb-checkout-province", "Nusa Tenggara Timur");
        pick(page, "pb-checkout-regency", "Kota Kupang");
        pick(page, "pb-checkout-district", "Oebobo");
        page.locator(".pb-checkout-postal-code input").fill("85111");
        page.locator(".pb-checkout-street textarea").fill("Jl. Frans Seda No. 12, RT 003/RW 001");
    }

    /** "Pay now": to the demo payment page; answers the order number it shows. */
    static String toDemoPayment(Page page) {
        page.locator(".pb-pay").click();
        page.waitForURL(url -> url.contains("/bayar/demo/"));
        Locator number = page.locator(".pb-demo-order-number");
        number.waitFor();
        return number.innerText().strip();
    }

    /** Pays on the demo payment page and waits for the order page to say it is paid. */
    static void payDemo(Page page, String number) {
        page.locator(".pb-demo-pay").click();
        page.waitForURL(url -> url.contains("/pesanan/" + number + "?t="));
        page.locator(".pb-order-state-paid").waitFor();
    }

    /** Types into a combo box and picks the item with exactly this name from its list. */
    static void pick(Page page, String className, String name) {
        Locator input = page.locator("vaadin-combo-box." + className + " input");
        input.click();
        input.fill(name);
        Locator item = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + name.replaceAll("[^A-Za-z0-9 ]", ".") + "\\s*$")));
        item.first().waitFor();
        item.first().click();
        page.waitForCondition(() -> name.equals(page.locator("vaadin-combo-box." + className).evaluate("c => c.selectedItem && c.inputElement.value")));
        page.locator("vaadin-combo-box-item").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }
}
