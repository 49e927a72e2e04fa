package id.go.bnn.pasarbersinar.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF: another site must not sign a visitor in to an account of its choosing by posting the sign-in form.
 * Vaadin exempts the login form's POST from the CSRF token, so the browser's own word is checked instead: a sign-in
 * POST that a browser marks as coming from another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}, or
 * an {@code Origin} other than the shop's own host) is refused with 403 before any password is checked.
 */
class SignInOrigin extends OncePerRequestFilter {

    private final String loginPath;

    SignInOrigin(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !loginPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!fromTheShopItself(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String username = request.getParameter("username");
        if (username != null) {
            // Shown again after a refusal, so that only the password needs typing again.
            request.getSession().setAttribute(SignInRefused.LAST_USERNAME, username.length() > 254 ? username.substring(0, 254) : username);
        }
        chain.doFilter(request, response);
    }

    static boolean fromTheShopItself(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            // Browsers send Origin with every cross-site POST; a request without one is not a forged form post.
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            // The Host the browser sent, or the address the request reached after a trusted proxy's forwarded headers.
            int port = request.getServerPort();
            boolean defaultPort = port == 80 || port == 443 || port <= 0;
            String served = defaultPort ? request.getServerName() : request.getServerName() + ":" + port;
            return uri.getHost() != null && ((host != null && host.equalsIgnoreCase(authority)) || served.equalsIgnoreCase(authority)
                    || (uri.getPort() < 0 && request.getServerName().equalsIgnoreCase(uri.getHost())));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
