package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The booth page's "QRIS toko" and "Kartu" on a 390 px phone in the demo: offered (the demo provider takes both), switched off with
 * its reason when the network is cut and back when it returns, and its start call answered through the page's own
 * API client (session and CSRF token) with the shop's message. A paid demo-QRIS sale needs stock at the demo booth,
 * which the group's stock page does not move from a script yet (see {@code BoothOfflineBrowserTest}).
 */
@Tag("browser")
class KasirQrisBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    @SuppressWarnings("unchecked")
    void the_shops_qris_is_offered_online_only_and_its_refusals_reach_the_seller() {
        Page page = session.newPage(390, 844);
        List<String> scriptErrors = new ArrayList<>();
        page.onPageError(scriptErrors::add);
        page.navigate(session.baseUrl + "/kasir");
        page.waitForURL(url -> url.contains("/masuk"));
        page.locator("vaadin-login-form input[name=username]").fill(BoothOfflineBrowserTest.MEMBER);
        page.locator("vaadin-login-form input[name=password]").fill(BoothOfflineBrowserTest.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> url.contains("/kasir") && !url.contains("/masuk"));
        page.locator("#screen-sell:not([hidden]), #screen-booths:not([hidden])").waitFor();

        page.waitForFunction("() => !document.getElementById('method-qris-provider').hidden");
        Map<String, Object> availability = (Map<String, Object>) page.evaluate("async () => (await fetch('/api/kasir/qris')).json()");
        assertThat(availability).containsEntry("available", true).containsEntry("demo", true).containsEntry("card", true);
        assertThat(page.evaluate("() => document.querySelector('input[value=QRIS_PROVIDER]').disabled")).isEqualTo(false);
        assertThat(page.evaluate("() => document.getElementById('method-card').hidden")).as("the demo takes cards too").isEqualTo(false);

        page.context().setOffline(true);
        page.waitForFunction("() => document.querySelector('input[value=QRIS_PROVIDER]').disabled && !document.getElementById('qrisp-offline').hidden");
        assertThat(page.evaluate("() => document.querySelector('input[value=CARD]').disabled")).as("a card needs the network").isEqualTo(true);
        assertThat(page.evaluate("() => document.getElementById('qrisp-offline').textContent")).isEqualTo("QRIS toko butuh sinyal. Tunai tetap bisa.");
        assertThat(page.evaluate("() => document.querySelector('input[value=CASH]').disabled")).isEqualTo(false);
        page.context().setOffline(false);
        page.waitForFunction("() => !document.querySelector('input[value=QRIS_PROVIDER]').disabled && document.getElementById('qrisp-offline').hidden");
        assertThat(page.evaluate("() => document.querySelector('input[value=CARD]').disabled")).isEqualTo(false);

        Map<String, Object> refused = (Map<String, Object>) page.evaluate("async () => {"
                + " const [e, g] = (localStorage.getItem('kasir.booth') || '0/0').split('/');"
                + " try { await window.KasirApi.post('/api/kasir/qris', { saleId: crypto.randomUUID(), exhibitionId: Number(e), groupId: Number(g),"
                + "   lines: [{ variantId: 999999999, quantity: 1, unitPrice: 10000 }], soldAt: new Date().toISOString() }); return { status: 200 }; }"
                + " catch (failed) { return { status: failed.status, error: failed.body && failed.body.error, message: failed.body && failed.body.message }; } }");
        assertThat(((Number) refused.get("status")).intValue()).isIn(400, 403);
        assertThat((String) refused.get("message")).isNotBlank().doesNotContain("exhibition.");
        Map<String, Object> card = (Map<String, Object>) page.evaluate("async () => {"
                + " const [e, g] = (localStorage.getItem('kasir.booth') || '0/0').split('/');"
                + " try { await window.KasirApi.post('/api/kasir/qris', { saleId: crypto.randomUUID(), exhibitionId: Number(e), groupId: Number(g),"
                + "   payment: 'CARD', lines: [{ variantId: 999999999, quantity: 1, unitPrice: 10000 }], soldAt: new Date().toISOString() });"
                + "   return { status: 200 }; }"
                + " catch (failed) { return { status: failed.status, message: failed.body && failed.body.message }; } }");
        assertThat(((Number) card.get("status")).intValue()).as("a card sale of an item not at the booth").isIn(400, 403);
        assertThat((String) card.get("message")).isNotBlank().doesNotContain("exhibition.");
        session.screenshot(page, "kasir-qris-390");
        assertThat(scriptErrors).as("script errors on the booth page").isEmpty();
    }
}
