package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two visitors get the same cached first HTML (shell.internal.PageCacheFilter) and each starts a live page of their
 * own from it: the cached page holds no UI, session or token of anybody. Adds to a cart only (no stock moves).
 */
@Tag("browser")
class PageCacheBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    /** On the home page, one variant, stock enough (no other journey uses it). */
    static final String PRODUCT = "/produk/bros-lukis-kayu";

    @Test
    void two_visitors_on_the_cached_home_page_each_reach_a_product_and_fill_their_own_cart() {
        warm("/");
        List<Page> visitors = List.of(session.newPage(), session.newPage());
        for (Page visitor : visitors) {
            Response home = visitor.navigate(session.baseUrl + "/");
            assertThat(home.headers().get("x-page-cache")).isEqualTo("HIT");
        }
        for (Page visitor : visitors) {
            // The live page (BrowserSession's pages touch it at once) or, until it is there, the copy's plain link.
            visitor.locator("a[href$='" + PRODUCT.substring(1) + "']").first().click();
            visitor.waitForURL(url -> url.endsWith(PRODUCT));
            String title = visitor.locator("h1").first().innerText().strip();
            assertThat(title).isNotBlank();
            Checkouts.addShownProduct(visitor, title);
            assertThat(visitor.locator(".pb-line-name").count()).isEqualTo(1);
        }
        assertThat(sessionCookies(visitors.get(0))).hasSize(1);
        assertThat(sessionCookies(visitors.get(0))).doesNotContainAnyElementsOf(sessionCookies(visitors.get(1)));

        // With a cart in their session, the first visitor's home page is built for them again.
        Response again = visitors.get(0).navigate(session.baseUrl + "/");
        assertThat(again.headers().get("x-page-cache")).isEqualTo("BYPASS");
        visitors.get(0).navigate(session.baseUrl + "/keranjang");
        visitors.get(0).locator(".pb-line-name").first().waitFor();
        assertThat(visitors.get(0).locator(".pb-line-name").count()).isEqualTo(1);
    }

    /** Asks for the page (from a context of its own) until the cache answers it. */
    private static void warm(String path) {
        Page other = session.newPage();
        for (int i = 0; i < 20; i++) {
            APIResponse response = other.request().get(session.baseUrl + path);
            if ("HIT".equals(response.headers().get("x-page-cache"))) {
                return;
            }
            other.waitForTimeout(250);
        }
        throw new AssertionError(path + " never came from the page cache");
    }

    private static List<String> sessionCookies(Page page) {
        return page.context().cookies().stream().filter(cookie -> "JSESSIONID".equals(cookie.name))
                .map(cookie -> cookie.value).toList();
    }
}
