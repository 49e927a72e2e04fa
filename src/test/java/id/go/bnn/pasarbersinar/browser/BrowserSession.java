package id.go.bnn.pasarbersinar.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real headless Chromium (Debian's, never a downloaded one) pointed at a running shop, opened before a test class
 * and closed after it ({@code @RegisterExtension static final BrowserSession session = new BrowserSession();}). The
 * shop's address comes from {@code -Dpasar.e2e.base-url}; .ci/run starts the packaged jar and passes it. Without a
 * browser or an address the browser tests fail loudly instead of skipping.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    static final String BASE_URL_PROPERTY = "pasar.e2e.base-url";

    private Playwright playwright;
    private Browser browser;
    String baseUrl;

    @Override
    public void beforeAll(ExtensionContext context) {
        String configured = System.getProperty(BASE_URL_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("Browser tests need a running shop: -D" + BASE_URL_PROPERTY + "=http://127.0.0.1:PORT (see .ci/run)");
        }
        baseUrl = configured.replaceAll("/+$", "");
        Path chromium = Paths.get(System.getProperty("pasar.e2e.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("No Chromium at " + chromium + ": apt-get install chromium (or set -Dpasar.e2e.chromium)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    Page newPage() {
        return newPage(1280, 900);
    }

    /** A page in a fresh context (its own cookies) at this viewport, e.g. 390 x 844 for a phone. */
    Page newPage(int width, int height) {
        return newPage(width, height, true);
    }

    /**
     * A page in a window of the given size, as a phone ({@code 390, 844}) or a laptop ({@code 1366, 768}) shows it.
     * The storefront pages start Vaadin on the visitor's first interaction (shell.internal.DeferredStart); these
     * pages give that interaction (a focus event) as soon as the HTML is parsed, so that the tests drive the live page as
     * a visitor who has touched it would. {@link #newReadingPage} is a page nobody has touched yet.
     */
    Page newPage(int width, int height, boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setJavaScriptEnabled(javaScript));
        context.addInitScript(WAKE);
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** A phone-like page (touch, no mouse) that only does what the test does: the live page starts when it is touched. */
    Page newReadingPage(int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setHasTouch(true).setIsMobile(true)).newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    private static final String WAKE = "addEventListener('DOMContentLoaded', () => dispatchEvent(new FocusEvent('focusin')));";

    private static final java.util.Map<String, Long> LAST_STEP = new java.util.HashMap<>();

    /**
     * The authenticator code for this secret, as the staff member's phone shows it. The shop takes each code once (no
     * replay), so when an earlier test of this run already used this 30-second window's code for the same demo
     * account, this waits for the next window instead of typing a code the shop must refuse.
     */
    static synchronized String authenticatorCode(String secret) {
        long step = java.time.Instant.now().getEpochSecond() / 30;
        Long last = LAST_STEP.get(secret);
        while (last != null && step <= last) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            step = java.time.Instant.now().getEpochSecond() / 30;
        }
        LAST_STEP.put(secret, step);
        return new id.go.bnn.pasarbersinar.identity.internal.Totp().code(secret, java.time.Instant.ofEpochSecond(step * 30 + 1));
    }

    /** Signs in on a new page; staff (a TOTP secret given) also type the authenticator code computed from it. */
    Page signIn(String email, String password, String totpSecret) {
        Page page = newPage();
        page.navigate(baseUrl + "/masuk");
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        if (totpSecret != null) {
            page.waitForURL(url -> url.contains("/masuk/kode"));
            page.locator(".pb-account-page vaadin-text-field input").fill(authenticatorCode(totpSecret));
            page.locator(".pb-account-page vaadin-button").click();
        }
        page.waitForURL(url -> !url.contains("/masuk"));
        return page;
    }

    /** The page photographed at 1366 and 390 px wide (then back to 1280). */
    void shots(Page page, String name) {
        page.setViewportSize(1366, 900);
        page.waitForTimeout(300);
        screenshot(page, name + "-1366");
        page.setViewportSize(390, 844);
        page.waitForTimeout(300);
        screenshot(page, name + "-390");
        page.setViewportSize(1280, 900);
    }

    void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser", name + ".png")).setFullPage(true));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
