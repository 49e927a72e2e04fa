package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The steps of the exhibition journeys: a group moving stock on /mitra/pameran, and selling on the booth page /kasir. */
final class BoothPage {

    private static final Pattern ONLINE = Pattern.compile("(\\d+) daring");

    private BoothPage() {
    }

    /**
     * The signed-in member moves pieces of the group's best-stocked product (so that other journeys' sales do not
     * matter) to the event whose card carries this name, and waits for the shop to say so.
     */
    static void moveStock(Page page, String baseUrl, String event, int quantity) {
        page.navigate(baseUrl + "/mitra/pameran");
        Locator card = page.locator(".pb-exhibition-card").filter(new Locator.FilterOptions().setHasText(event)).first();
        card.locator("vaadin-select.pb-exhibition-variant").click();
        Locator items = page.locator("vaadin-select-item:visible");
        items.first().waitFor();
        int best = 0;
        int most = -1;
        for (int i = 0; i < items.count(); i++) {
            Matcher online = ONLINE.matcher(items.nth(i).innerText());
            int pieces = online.find() ? Integer.parseInt(online.group(1)) : 0;
            if (pieces > most) {
                most = pieces;
                best = i;
            }
        }
        assertThat(most).as("pieces online of the group's best-stocked product").isGreaterThanOrEqualTo(quantity);
        items.nth(best).click();
        Locator count = card.locator("vaadin-integer-field.pb-exhibition-quantity input");
        count.fill(String.valueOf(quantity));
        count.press("Tab");
        card.locator("vaadin-button.pb-exhibition-move").click();
        // The success notice ("5 x … dipindahkan ke pameran."), not the empty stock table's text.
        page.getByText(Pattern.compile("\\d+ x .+ dipindahkan ke pameran\\.")).first().waitFor();
    }

    /** On /kasir: the booth of this event, picked from the list when the seller sells at more than one. */
    static void openBooth(Page page, String baseUrl, String event) {
        page.navigate(baseUrl + "/kasir");
        page.locator("#screen-sell:not([hidden]), #screen-booths:not([hidden])").waitFor();
        if (page.locator("#screen-booths").isVisible()) {
            page.locator("#booth-list .booth").filter(new Locator.FilterOptions().setHasText(event)).first().click();
        }
        page.locator("#items .item").first().waitFor();
    }

    /** An item of the booth's catalog as the shop has it now: this variant, or (0) the first with four pieces on hand. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> stock(Page page, long variant) {
        return (Map<String, Object>) page.evaluate("async variant => {"
                + " const [e, g] = localStorage.getItem('kasir.booth').split('/');"
                + " const items = await (await fetch('/api/kasir/booths/' + e + '/' + g + '/catalog')).json();"
                + " return variant ? items.find(item => item.variantId === variant) : (items.find(item => item.onHand >= 4) || items[0]); }",
                Math.toIntExact(variant));
    }

    /** One piece of this variant sold for cash (the first quick amount), up to the receipt. */
    static void sellForCash(Page page, long variant) {
        page.locator("#items .item[data-variant='" + variant + "']").click();
        page.locator("#to-pay").click();
        page.locator("#cash-quick .button").first().click();
        page.locator("#pay-done").click();
        page.locator("#screen-receipt").waitFor();
    }
}
