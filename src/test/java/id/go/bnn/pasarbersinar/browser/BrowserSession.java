package id.go.bnn.pasarbersinar.browser;

import com.microsoft.playwright.Browser;
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
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** A page in a window of the given size, as a phone ({@code 390, 844}) or a laptop ({@code 1366, 768}) shows it. */
    Page newPage(int width, int height, boolean javaScript) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setJavaScriptEnabled(javaScript)).newPage();
        page.setDefaultTimeout(30_000);
        return page;
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
