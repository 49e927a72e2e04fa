package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo administrator searches the staff order list (the filter stays in the address, a broken address says so)
 * and opens a group's finances from the group's staff page. Screenshots at 390 and 1366 px go to target/browser.
 */
@Tag("browser")
class StaffOrdersBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    static final String GROUP = "Penenun Desa Bersinar Kenebibi";

    @Test
    void the_administrator_filters_the_orders_and_reads_a_groups_finances() {
        Page page = session.signIn("admin@demo.pasarbersinar.id", "Kurasi-Pasar-Bersinar-25", "ADMINDEMOPASARBERSINAR234567ABCD");
        page.navigate(session.baseUrl + "/staf/pesanan");
        page.locator(".pb-fulfilment-row").first().waitFor();
        assertThat(page.locator(".pb-fulfilment-row").count()).isLessThanOrEqualTo(50);
        session.shots(page, "staff-orders");

        page.locator(".pb-staff-orders-words input").fill("Kenebibi");
        page.locator(".pb-staff-orders-search").click();
        page.waitForURL(url -> url.contains("q=Kenebibi"));
        page.locator(".pb-fulfilment-row").first().waitFor();
        assertThat(page.locator(".pb-fulfilment-row").allInnerTexts()).allMatch(text -> text.contains(GROUP));
        session.shots(page, "staff-orders-search");

        page.navigate(session.baseUrl + "/staf/pesanan?dari=abc&halaman=-1");
        page.locator(".pb-staff-orders-problem").waitFor();
        session.shots(page, "staff-orders-unreadable");

        page.navigate(session.baseUrl + "/staf/kelompok");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(GROUP)).first().click();
        page.locator(".pb-group-finances-link").waitFor();
        session.shots(page, "staff-group-detail");
        page.locator(".pb-group-finances-link").click();
        page.locator(".pb-finance-cards").waitFor();
        assertThat(page.locator("h1").innerText()).isEqualTo("Keuangan " + GROUP);
        // Last month's statement: the demo history has earnings and payouts in it.
        String lastMonth = ShopTime.month(YearMonth.now(ShopTime.ZONE).minusMonths(1), LocalizedText.INDONESIAN);
        page.locator(".pb-statement-month").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(lastMonth)).click();
        page.locator(".pb-statement-row").first().waitFor();
        session.shots(page, "staff-group-finances");
    }
}
