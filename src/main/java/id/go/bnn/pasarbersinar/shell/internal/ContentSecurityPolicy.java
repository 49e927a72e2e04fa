package id.go.bnn.pasarbersinar.shell.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The content security policy of every response, with a fresh nonce per request: only the inline scripts the shop
 * itself writes into the first page (they carry the nonce, see {@link InlineScripts}) and scripts from the shop's own
 * origin run. An injected {@code <script>} or {@code onerror=} handler has no nonce and does not run. Vaadin's
 * client evaluates server-sent JavaScript with {@code new Function}, hence {@code 'unsafe-eval'}; its components
 * use inline styles, hence {@code 'unsafe-inline'} for styles only. No WebSocket or other host: {@code connect-src 'self'}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ContentSecurityPolicy extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";

    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce));
        chain.doFilter(request, response);
    }

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; script-src-attr 'none'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                + "manifest-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";
    }
}
