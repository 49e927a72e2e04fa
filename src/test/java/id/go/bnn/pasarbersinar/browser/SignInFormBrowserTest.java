package id.go.bnn.pasarbersinar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sign-in form on a phone: the address stays after a wrong password; the code field is numeric and focused. */
@Tag("browser")
class SignInFormBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    /** The element that has the focus, looked for through shadow roots. */
    private static final String DEEP_ACTIVE = "() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) "
            + "{ a = a.shadowRoot.activeElement; } return a; }";

    @Test
    void a_wrong_password_keeps_the_address_and_focuses_the_password() {
        Page page = session.newPage();
        page.navigate(session.baseUrl + "/masuk");
        page.locator("vaadin-login-form input[name=username]").fill("pembeli@demo.pasarbersinar.id");
        page.locator("vaadin-login-form input[name=password]").fill("bukan-kata-sandi-yang-benar");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL("**/masuk?error");
        page.waitForCondition(() -> "pembeli@demo.pasarbersinar.id".equals(page.locator("vaadin-login-form input[name=username]").inputValue()));
        page.waitForCondition(() -> "password".equals(page.evaluate("() => { const f = (" + DEEP_ACTIVE + ")(); return f && f.getAttribute('name'); }")));
    }

    @Test
    void the_authenticator_code_field_is_numeric_suggests_the_code_and_has_the_focus() {
        Page page = session.newPage();
        page.navigate(session.baseUrl + "/masuk");
        page.locator("vaadin-login-form input[name=username]").fill("admin@demo.pasarbersinar.id");
        page.locator("vaadin-login-form input[name=password]").fill("Kurasi-Pasar-Bersinar-25");
        page.locator("vaadin-login-form vaadin-button").first().click();
        var input = page.locator(".pb-account-page vaadin-text-field input");
        input.waitFor();
        page.waitForCondition(() -> "numeric".equals(input.getAttribute("inputmode")));
        assertThat(input.getAttribute("autocomplete")).isEqualTo("one-time-code");
        page.waitForCondition(() -> Boolean.TRUE.equals(input.evaluate("(el) => { let a = document.activeElement; "
                + "while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; } return a === el; }")));
    }
}
