package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.shell.Languages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the demo is being set up ({@link DemoSetup}), every page request (GET or HEAD of a path that is not a file, a
 * picture or Vaadin's own traffic) gets a short page in the visitor's language that says the demo shop is being set up
 * and reloads itself: HTTP 503 with {@code Retry-After}, {@code Cache-Control: no-store} and a meta refresh. Files such as
 * {@code /robots.txt}, pictures and Vaadin's requests pass, and so does everything once the catalog is loaded. It runs
 * before the shell's page cache (which is at {@code HIGHEST_PRECEDENCE + 5}), so no copy kept earlier is shown meanwhile.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DemoSetupPage extends OncePerRequestFilter {

    /** Seconds after which the page reloads itself (and a client may retry). */
    static final int RETRY_SECONDS = 3;
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;padding:3rem 1.5rem;background:#faf6f0;"
            + "color:#2b2b2b;text-align:center}main{max-width:32rem;margin:auto}h1{font-size:1.5rem}p{line-height:1.5}";
    private static final String POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final DemoSetup setup;

    DemoSetupPage(DemoSetup setup) {
        this.setup = setup;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !setup.settingUp() || !isPageRequest(request);
    }

    static boolean isPageRequest(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) || request.getParameter("v-r") != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/VAADIN/") || path.startsWith("/gambar/") || path.startsWith("/images/") || path.startsWith("/frontend/")
                || path.startsWith("/actuator") || path.startsWith("/HEARTBEAT")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale language = Languages.fromCookies(request.getCookies());
        byte[] body = page(language).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    static String page(Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", language);
        return "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS + "\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>" + text(bundle, "shell.demo.setup.title") + " | Pasar Bersinar</title><style>" + STYLE + "</style></head>"
                + "<body><main><h1>" + text(bundle, "shell.demo.setup.title") + "</h1>"
                + "<p>" + text(bundle, "shell.demo.setup.text") + "</p>"
                + "<p>" + text(bundle, "shell.demo.setup.refresh") + "</p></main></body></html>";
    }

    private static String text(ResourceBundle bundle, String key) {
        return HtmlUtils.htmlEscape(bundle.getString(key), "UTF-8");
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
