package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The storefront's first HTML is the page a phone reads: Vaadin's bundle loads only when the visitor does something
 * the static copy cannot do, and the tap that woke it lands on the live control (shell.internal.DeferredStart).
 */
@Tag("browser")
class DeferredStartBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void a_phone_that_only_reads_and_follows_links_never_loads_vaadin() {
        Page page = session.newReadingPage(390, 844);
        List<String> scripts = requestsOf(page);
        page.navigate(session.baseUrl + "/katalog");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(1000);
        Locator copy = page.locator(".pb-first-view");
        assertThat(copy.isVisible()).isTrue();
        assertThat(copy.locator("h1").innerText()).isEqualTo("Katalog");
        assertThat(page.locator("#outlet > [id^=ROOT] > *").count()).isZero();

        Locator card = copy.locator("a.pb-card").first();
        card.scrollIntoViewIfNeeded();
        tap(page, card);
        page.waitForURL(url -> url.contains("/produk/"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".pb-first-view h1").innerText()).isNotBlank();
        assertThat(scripts).as("Vaadin's bundle and its init request").isEmpty();
    }

    @Test
    void the_tap_that_wakes_the_page_reaches_the_live_control_without_moving_the_page() {
        Page page = session.newReadingPage(390, 844);
        List<String> scripts = requestsOf(page);
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        page.navigate(session.baseUrl + "/");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        BoundingBox before = page.locator(".pb-first-view h1").boundingBox();
        assertThat(before).isNotNull();
        assertThat(scripts).isEmpty();

        tap(page, page.locator(".pb-first-view .pb-language"));
        page.locator(".pb-first-view").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(scripts).anyMatch(url -> url.contains("/VAADIN/build/"));
        page.waitForCondition(() -> page.locator("h1").first().innerText().equals("Handicrafts that build hope"));
        BoundingBox after = page.locator("h1").first().boundingBox();
        assertThat(after.y).as("the live heading where the copy's was").isCloseTo(before.y, org.assertj.core.data.Offset.offset(4.0));
        assertThat(page.locator("h1").count()).isEqualTo(1);
        assertThat(errors).noneMatch(text -> text.contains("Content Security Policy"));
    }

    @Test
    void what_a_visitor_types_into_the_search_field_while_the_live_page_loads_is_kept() {
        Page page = session.newReadingPage(390, 844);
        page.navigate(session.baseUrl + "/cari?q=tenunan");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".pb-first-view .pb-card").count()).as("the search page's copy").isGreaterThan(0);

        tap(page, page.locator(".pb-first-view .pb-search"));
        page.keyboard().type("kopi");
        page.locator(".pb-first-view").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        Locator field = page.locator(".pb-search input");
        page.waitForCondition(() -> field.inputValue().endsWith("kopi"));
        field.press("Enter");
        page.waitForURL(url -> url.contains("/cari?q=") && url.endsWith("kopi"));
    }

    private static List<String> requestsOf(Page page) {
        List<String> urls = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/VAADIN/build/") || request.url().contains("v-r=init")) {
                urls.add(request.url());
            }
        });
        return urls;
    }

    private static void tap(Page page, Locator locator) {
        BoundingBox box = locator.boundingBox();
        assertThat(box).as("%s is laid out", locator).isNotNull();
        page.touchscreen().tap(box.x + box.width / 2, box.y + box.height / 2);
    }
}
