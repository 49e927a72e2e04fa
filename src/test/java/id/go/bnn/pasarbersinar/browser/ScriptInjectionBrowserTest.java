package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Text an attacker chose, shown on the first page load (which Vaadin writes into an inline script), runs nothing in a
 * real browser: the search term in the address, a username of a failed sign-in on the administrator's security log,
 * and a registration name in the development mailbox. Each payload would set a global, change the title or open a
 * dialog if it ran; the test asserts none of that happened and that the text is shown as text.
 */
@Tag("browser")
class ScriptInjectionBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    private static final String ADMIN = "admin@demo.pasarbersinar.id";
    private static final String ADMIN_PASSWORD = "Kurasi-Pasar-Bersinar-25";
    private static final String ADMIN_SECRET = "ADMINDEMOPASARBERSINAR234567ABCD";

    static String payload(String marker) {
        return "</script><img src=x onerror=window.__pwned='" + marker + "',document.title='pwned',alert(1)>";
    }

    @Test
    void a_search_term_in_the_address_runs_no_script() {
        Page page = session.newPage();
        List<String> dialogs = watch(page);
        page.navigate(session.baseUrl + "/cari?q=" + URLEncoder.encode(payload("search"), StandardCharsets.UTF_8));
        page.locator("h1").first().waitFor();
        page.waitForTimeout(500);
        assertInert(page, dialogs);
        assertThat(page.locator("body").innerText()).contains("onerror");
    }

    @Test
    void a_username_on_the_security_log_and_a_name_in_the_mailbox_run_no_script() {
        long unique = System.nanoTime() % 1_000_000;
        Page attacker = session.newPage();
        attacker.navigate(session.baseUrl + "/masuk");
        attacker.locator("vaadin-login-form input[name=username]").fill(payload("log") + unique);
        attacker.locator("vaadin-login-form input[name=password]").fill("salah-sekali-123");
        attacker.locator("vaadin-login-form vaadin-button").first().click();
        attacker.waitForURL("**/masuk?error");

        attacker.navigate(session.baseUrl + "/daftar");
        attacker.locator(".pb-account-form vaadin-email-field input").fill("xss" + unique + "@contoh.id");
        attacker.locator(".pb-account-form vaadin-text-field input").first().fill(payload("mail"));
        attacker.locator(".pb-account-form vaadin-password-field input").nth(0).fill("Kopi-Lamteuba-Seulawah-7");
        attacker.locator(".pb-account-form vaadin-password-field input").nth(1).fill("Kopi-Lamteuba-Seulawah-7");
        attacker.locator(".pb-account-form vaadin-button").first().click();
        attacker.locator(".pb-account-form").getByText("xss" + unique).first().waitFor();

        Page admin = session.newPage();
        List<String> dialogs = watch(admin);
        List<String> violations = policyViolations(admin);
        admin.navigate(session.baseUrl + "/masuk");
        admin.locator("vaadin-login-form input[name=username]").fill(ADMIN);
        admin.locator("vaadin-login-form input[name=password]").fill(ADMIN_PASSWORD);
        admin.locator("vaadin-login-form vaadin-button").first().click();
        admin.locator(".pb-account-page vaadin-text-field input").fill(BrowserSession.authenticatorCode(ADMIN_SECRET));
        admin.locator("vaadin-button:has-text('Lanjutkan')").click();
        try {
            admin.waitForURL("**/akun");
        } finally {
            session.screenshot(admin, "xss-admin-sign-in");
        }

        admin.navigate(session.baseUrl + "/staf/undangan");
        admin.locator("h1").first().waitFor();
        admin.waitForTimeout(300);
        assertThat(violations).as("sign-in and a staff page run under the content security policy").isEmpty();

        admin.navigate(session.baseUrl + "/staf/log-keamanan");
        admin.locator("vaadin-grid").waitFor();
        admin.waitForTimeout(500);
        assertInert(admin, dialogs);

        admin.navigate(session.baseUrl + "/staf/kotak-surat");
        admin.locator("h1").first().waitFor();
        admin.waitForTimeout(500);
        assertInert(admin, dialogs);
    }

    @Test
    void the_storefront_and_the_buyer_sign_in_run_under_the_content_security_policy() {
        Page page = session.newPage();
        List<String> violations = policyViolations(page);
        page.navigate(session.baseUrl + "/");
        page.locator(".pb-card").first().waitFor();
        page.locator(".pb-card").first().click();
        page.locator("h1").first().waitFor();
        page.navigate(session.baseUrl + "/katalog");
        page.locator(".pb-card").first().waitFor();
        page.navigate(session.baseUrl + "/masuk");
        page.locator("vaadin-login-form input[name=username]").fill("pembeli@demo.pasarbersinar.id");
        page.locator("vaadin-login-form input[name=password]").fill("Belanja-Tenun-Kupang-25");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/masuk"));
        page.navigate(session.baseUrl + "/akun");
        page.locator("h1").first().waitFor();
        page.waitForTimeout(300);
        assertThat(violations).isEmpty();
    }

    /** What Chromium reports when the content security policy blocks something (console errors, page errors). */
    private static List<String> policyViolations(Page page) {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        page.onPageError(error -> violations.add("page error: " + error));
        return violations;
    }

    private static List<String> watch(Page page) {
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return dialogs;
    }

    private static void assertInert(Page page, List<String> dialogs) {
        assertThat(page.evaluate("() => window.__pwned === undefined")).as("injected handler ran").isEqualTo(true);
        assertThat(page.title()).isNotEqualTo("pwned");
        assertThat(dialogs).as("dialogs opened by injected script").isEmpty();
    }
}
