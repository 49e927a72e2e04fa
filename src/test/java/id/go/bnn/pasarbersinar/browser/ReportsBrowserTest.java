package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The impact dashboard in a real browser: the demo administrator opens a bookmarked view, the charts load as images,
 * and the PDF report is built in the background with a progress bar and then downloaded. Screenshots at 390 and
 * 1366 px go to target/browser.
 */
@Tag("browser")
class ReportsBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void the_administrator_opens_a_bookmarked_view_and_downloads_the_pdf_report() throws Exception {
        Page page = session.signIn("admin@demo.pasarbersinar.id", "Kurasi-Pasar-Bersinar-25", "ADMINDEMOPASARBERSINAR234567ABCD");

        YearMonth now = YearMonth.now(ZoneId.of("Asia/Jakarta"));
        page.navigate(session.baseUrl + "/staf/laporan?dari=" + now.minusMonths(11) + "&sampai=" + now);
        page.locator(".pb-report-figure").first().waitFor();
        // Eleven key figures and, apart from the makers' income, the shipping passed to couriers.
        assertThat(page.locator(".pb-report-figure").count()).isEqualTo(12);
        Locator charts = page.locator("img.pb-report-chart");
        if (charts.count() > 0) {
            charts.first().scrollIntoViewIfNeeded();
            page.waitForFunction("() => [...document.querySelectorAll('img.pb-report-chart')].every(i => i.complete && i.naturalWidth > 0)");
        }
        shots(page, "reports");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Buat laporan PDF")).click();
        Locator link = page.locator("a.pb-report-download");
        link.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        Download download = page.waitForDownload(link::click);
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        page.navigate(session.baseUrl + "/staf/laporan?dari=2026-13");
        page.locator(".pb-report-problems").waitFor();
        assertThat(page.locator(".pb-report-problems").innerText()).contains("TTTT-BB");
    }

    @Test
    void the_administrator_picks_the_demo_exhibition_and_downloads_its_workbook() throws Exception {
        Page page = session.signIn("admin@demo.pasarbersinar.id", "Kurasi-Pasar-Bersinar-25", "ADMINDEMOPASARBERSINAR234567ABCD");
        page.navigate(session.baseUrl + "/staf/laporan");
        page.locator("a.pb-report-exhibitions").click();
        page.locator("vaadin-select.pb-exhibition-report-pick").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("HANI (demo)")).first().click();
        page.waitForURL("**/staf/laporan/pameran/*");
        page.locator("[data-table=GROUPS]").waitFor();
        // The demo's booths are listed even before they sold anything.
        assertThat(page.locator("[data-table=GROUPS]").innerText()).contains("Kampung Ambon");
        shots(page, "exhibition-report");
        Download download = page.waitForDownload(() -> page.locator("a.pb-report-download", new Page.LocatorOptions().setHasText("Excel")).click());
        byte[] xlsx = Files.readAllBytes(download.path());
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
    }

    private static void shots(Page page, String name) {
        page.setViewportSize(1366, 900);
        page.waitForTimeout(500);
        session.screenshot(page, name + "-1366");
        page.setViewportSize(390, 844);
        page.waitForTimeout(500);
        session.screenshot(page, name + "-390");
        page.setViewportSize(1280, 900);
    }
}
