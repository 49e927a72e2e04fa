package id.go.bnn.pasarbersinar.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /produk/x/} is the same page as {@code /produk/x}: a permanent redirect to the address without the slash,
 * so that links and search engines know one address per page (and Vaadin's relative links resolve as meant).
 */
@org.springframework.stereotype.Component
class TrailingSlashRedirect extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || path.length() < 2 || !path.endsWith("/") || path.startsWith("/VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length()).replaceAll("/+$", "");
        if (!path.matches("/[^/\\\\].*")) { // never "//host" or "/\\host": no redirect to another site
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + path + (query == null ? "" : "?" + query));
    }
}
