package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storefront on a 390 px phone and a 1366 px laptop: layout facts only a browser shows, and the first paint. */
@Tag("browser")
class MobileStorefrontBrowserTest {

    /** A demo product of one kind (no size to choose), so that its button puts it straight into the cart. */
    static final String PRODUCT = "/produk/dompet-kecil-tenun-ikat";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void a_phone_shows_two_product_cards_per_row() {
        Page page = live(390, 844, "/katalog");
        BoundingBox first = box(page.locator(".pb-card").nth(0));
        BoundingBox second = box(page.locator(".pb-card").nth(1));
        BoundingBox third = box(page.locator(".pb-card").nth(2));
        assertThat(second.y).isEqualTo(first.y);
        assertThat(third.y).isGreaterThan(first.y + first.height - 1);
        assertThat(first.width).isLessThan(390 / 2.0);
        session.screenshot(page, "katalog-390");
    }

    @Test
    void a_laptop_fills_rows_of_four_cards() {
        Page page = live(1366, 768, "/");
        Locator preview = page.locator(".pb-collection-preview").first().locator(".pb-card");
        assertThat(preview.count()).isEqualTo(4);
        BoundingBox first = box(preview.nth(0));
        BoundingBox fourth = box(preview.nth(3));
        BoundingBox grid = box(page.locator(".pb-collection-preview .pb-grid").first());
        assertThat(fourth.y).isEqualTo(first.y);
        assertThat(fourth.x + fourth.width).isCloseTo(grid.x + grid.width, org.assertj.core.data.Offset.offset(2.0));
        assertThat(box(page.locator("header.pb-header")).height).isLessThan(80);
        session.screenshot(page, "home-1366");
    }

    @Test
    void on_a_phone_the_filters_fold_behind_one_button_that_counts_them() {
        Page page = live(390, 844, "/katalog?kategori=tenun&tersedia=1&urut=termurah");
        Locator toggle = page.locator("vaadin-button.pb-filter-toggle");
        assertThat(toggle.innerText()).isEqualTo("Filter (2)");
        assertThat(page.locator(".pb-filters vaadin-select").first().isVisible()).isFalse();
        assertThat(page.locator("vaadin-select.pb-filter-sort").isVisible()).isTrue();
        toggle.click();
        page.locator(".pb-filters vaadin-select").first().waitFor();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        session.screenshot(page, "katalog-filters-390");

        Page laptop = live(1366, 768, "/katalog");
        assertThat(laptop.locator("vaadin-button.pb-filter-toggle").isVisible()).isFalse();
        assertThat(laptop.locator(".pb-filters vaadin-select").first().isVisible()).isTrue();
    }

    @Test
    void on_a_phone_the_header_takes_two_rows_and_the_demo_banner_one_line() {
        Page page = live(390, 844, "/");
        BoundingBox header = box(page.locator("header.pb-header"));
        BoundingBox search = box(page.locator("vaadin-text-field.pb-search"));
        BoundingBox brand = box(page.locator("a.pb-brand"));
        assertThat(header.height).isLessThanOrEqualTo(112);
        assertThat(search.y).isGreaterThan(brand.y + brand.height - 1);
        assertThat(box(page.locator(".pb-header-actions")).y).isLessThan(search.y);
        Locator banner = page.locator(".pb-demo-banner");
        double lineHeight = Double.parseDouble(banner.evaluate("b => parseFloat(getComputedStyle(b).lineHeight) || 20").toString());
        assertThat(box(banner).height).isLessThan(2 * lineHeight);
        assertThat(banner.innerText()).contains("Data contoh");
        session.screenshot(page, "home-390");

        Page small = live(360, 740, "/");
        assertThat(box(small.locator("header.pb-header")).height).as("two rows on a 360 px phone too").isLessThanOrEqualTo(112);
        assertThat(small.locator("a.pb-brand").getAttribute("href")).as("the logo leads home where the Home link gives way").isNotNull();
        session.screenshot(small, "home-360");
    }

    @Test
    void with_items_in_the_cart_a_phone_keeps_the_header_to_two_rows_and_the_cart_opens_at_the_top() {
        for (String language : List.of("id", "en")) {
            Page page = withItemInCart(390, 844, language);
            assertThat(page.evaluate("scrollY")).as("the cart opens at its top").isEqualTo(0);
            Locator count = page.locator("header.pb-header .pb-cart-count");
            assertThat(count.innerText()).isEqualTo("1");
            BoundingBox header = box(page.locator("header.pb-header"));
            BoundingBox search = box(page.locator("vaadin-text-field.pb-search"));
            BoundingBox brand = box(page.locator("a.pb-brand"));
            BoundingBox actions = box(page.locator(".pb-header-actions"));
            assertThat(header.height).as("two rows with the cart count (%s)", language).isLessThanOrEqualTo(112);
            assertThat(actions.y).as("the icons on the brand's row").isLessThan(brand.y + brand.height);
            assertThat(search.y).isGreaterThan(brand.y + brand.height - 1);
            BoundingBox badge = box(count);
            BoundingBox cartLink = box(page.locator("header.pb-header a[href=keranjang]"));
            assertThat(badge.x + badge.width).as("the count sits on the cart icon").isLessThanOrEqualTo(cartLink.x + cartLink.width + 4);
            session.screenshot(page, "header-cart-390-" + language);

            page.navigate(session.baseUrl + "/");
            page.locator("#outlet > [id^=ROOT] .pb-shell").waitFor();
            page.locator(".pb-first-view").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            assertThat(box(page.locator("header.pb-header")).height).as("home, %s", language).isLessThanOrEqualTo(112);
            page.setViewportSize(360, 740);
            page.waitForTimeout(300);
            assertThat(box(page.locator("header.pb-header")).height).as("360 px, %s", language).isLessThanOrEqualTo(112);
            session.screenshot(page, "header-cart-360-" + language);
            page.setViewportSize(1366, 768);
            page.waitForTimeout(300);
            assertThat(box(page.locator("header.pb-header")).height).as("a laptop's header is one row").isLessThan(80);
            session.screenshot(page, "header-cart-1366-" + language);
        }
    }

    @Test
    void pay_on_an_empty_checkout_marks_each_missing_field_and_brings_the_first_into_view_with_the_focus() {
        Page page = withItemInCart(390, 844, "id");
        page.locator("a.pb-checkout-link").click();
        page.waitForURL(url -> url.endsWith("/checkout"));
        Locator pay = page.locator("vaadin-button.pb-pay");
        pay.scrollIntoViewIfNeeded();
        pay.click();
        Locator name = page.locator("vaadin-text-field.pb-checkout-name");
        page.waitForCondition(() -> name.getAttribute("invalid") != null);
        page.waitForCondition(() -> Boolean.TRUE.equals(name.evaluate("f => f.hasAttribute('focused')")));
        assertThat(name.locator("[slot=error-message]").innerText()).isEqualTo("Masukkan nama penerima (paling banyak 120 huruf).");
        for (String field : List.of("email", "phone", "province", "regency", "district", "postal-code", "street")) {
            assertThat(page.locator(".pb-checkout-" + field).getAttribute("invalid")).as(field).isNotNull();
            assertThat(page.locator(".pb-checkout-" + field + " [slot=error-message]").innerText()).as(field).isNotBlank();
        }
        assertThat(page.locator(".pb-checkout-notes").getAttribute("invalid")).isNull();
        BoundingBox field = box(name);
        BoundingBox header = box(page.locator("header.pb-header"));
        assertThat(field.y).as("below the sticky header").isGreaterThanOrEqualTo(header.y + header.height);
        assertThat(field.y + field.height).as("on the screen").isLessThanOrEqualTo(844);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "browser", "checkout-marked-390-viewport.png")));
        session.screenshot(page, "checkout-marked-390");
        page.setViewportSize(1366, 900);
        page.waitForTimeout(300);
        session.screenshot(page, "checkout-marked-1366");
    }

    /** A phone (or laptop) that put one product in its cart from far down the product page, now on the cart page. */
    private static Page withItemInCart(int width, int height, String language) {
        Page page = session.newPage(width, height, true);
        page.context().addCookies(List.of(new Cookie("pb-lang", language).setUrl(session.baseUrl)));
        page.navigate(session.baseUrl + PRODUCT);
        page.locator("#outlet > [id^=ROOT] .pb-shell").waitFor();
        page.locator(".pb-first-view").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo(language);
        Locator add = page.locator("vaadin-button.pb-add-to-cart");
        page.waitForCondition(add::isEnabled);
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)");
        add.click();
        page.waitForURL(url -> url.contains("/keranjang"));
        page.locator(".pb-line-name").first().waitFor();
        page.waitForTimeout(300);
        return page;
    }

    @Test
    void the_language_button_is_named_by_what_it_shows() {
        Page page = live(390, 844, "/");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("EN")).count()).isEqualTo(1);
    }

    @Test
    void without_scripts_a_phone_already_paints_the_page_from_the_first_html() {
        Page page = session.newPage(390, 844, false);
        page.navigate(session.baseUrl + "/katalog");
        Locator copy = page.locator(".pb-first-view");
        assertThat(copy.isVisible()).isTrue();
        assertThat(copy.locator("h1").innerText()).isEqualTo("Katalog");
        BoundingBox first = box(copy.locator(".pb-card").nth(0));
        BoundingBox second = box(copy.locator(".pb-card").nth(1));
        assertThat(second.y).isEqualTo(first.y);
        assertThat(copy.locator(".pb-card img").first().evaluate("img => img.complete && img.naturalWidth > 0")).isEqualTo(true);
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("id");
        session.screenshot(page, "katalog-390-first-html");
    }

    @Test
    void before_the_first_touch_the_header_shows_the_cart_and_account_icons_and_the_search_hint() {
        for (int width : new int[] {390, 1366}) {
            Page page = session.newPage(width, 844, false);
            page.navigate(session.baseUrl + "/");
            Locator header = page.locator(".pb-first-view header.pb-header");
            for (String link : List.of("keranjang", "masuk")) {
                BoundingBox icon = box(header.locator("a[href=" + link + "] svg"));
                assertThat(icon.width).as("%s icon at %d px", link, width).isEqualTo(20);
                assertThat(icon.height).isEqualTo(20);
            }
            Locator search = header.locator(".pb-search");
            assertThat(search.evaluate("s => getComputedStyle(s, '::after').content")).isEqualTo("\"Cari tenun, batik, anyaman…\"");
            assertThat(box(search.locator("svg")).width).isGreaterThan(10);
            session.screenshot(page, "home-" + width + "-first-html");
        }
        Page english = session.newPage(390, 844, false);
        english.context().addCookies(List.of(new Cookie("pb-lang", "en").setUrl(session.baseUrl)));
        english.navigate(session.baseUrl + "/");
        assertThat(english.locator(".pb-first-view .pb-search").evaluate("s => getComputedStyle(s, '::after').content"))
                .isEqualTo("\"Search tenun, batik, baskets…\"");
    }

    @Test
    void once_vaadin_runs_the_copy_is_gone_and_the_live_page_is_alone() {
        Page page = live(390, 844, "/katalog");
        page.locator(".pb-first-view").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(page.locator("h1").count()).isEqualTo(1);
        assertThat(page.locator(".pb-card").count()).isEqualTo(48);
    }

    @Test
    void a_partner_on_a_phone_keeps_a_two_row_header_and_finds_the_portal_in_one_menu() {
        Page page = session.signIn("anggota.fatululi@demo.pasarbersinar.id", "Anyam-Eceng-Gondok-25", null);
        page.navigate(session.baseUrl + "/mitra");
        page.locator(".pb-portal-mitra").waitFor();
        assertThat(page.locator(".pb-compact-menu").isVisible()).as("the laptop shows the full menu").isFalse();
        assertThat(page.locator(".pb-portal-mitra > summary").isVisible()).isTrue();

        page.setViewportSize(390, 844);
        page.waitForTimeout(300);
        assertThat(box(page.locator("header.pb-header")).height).as("two rows, as for a buyer").isLessThanOrEqualTo(112);
        assertThat(page.locator(".pb-portal-mitra > summary").isVisible()).isFalse();
        page.locator(".pb-compact-menu > summary").click();
        Locator orders = page.locator(".pb-compact-menu a[href='/mitra/pesanan']");
        assertThat(orders.isVisible()).isTrue();
        assertThat(page.locator(".pb-compact-menu .pb-compact-heading").allInnerTexts()).contains("PORTAL MITRA");
        session.screenshot(page, "partner-menu-390");
        orders.click();
        page.waitForURL(url -> url.endsWith("/mitra/pesanan"));
        page.waitForTimeout(300);
        assertThat(page.locator(".pb-compact-menu").getAttribute("open")).as("the menu folds after the pick").isNull();
    }

    private static Page live(int width, int height, String path) {
        Page page = session.newPage(width, height, true);
        page.navigate(session.baseUrl + path);
        page.locator("#outlet > [id^=ROOT] .pb-shell").waitFor();
        page.locator(".pb-first-view").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        return page;
    }

    private static BoundingBox box(Locator locator) {
        BoundingBox box = locator.boundingBox();
        assertThat(box).as("%s is laid out", locator).isNotNull();
        return box;
    }
}
