package id.go.bnn.pasarbersinar.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's bundle files under {@code /VAADIN/build/} carry a content hash in their name (a new build gives new names),
 * so browsers may keep them for a year without asking again; Vaadin itself says one hour. Only names with a hash are
 * treated so.
 */
@org.springframework.stereotype.Component
class ImmutableBuildCaching extends OncePerRequestFilter {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8,}\\.(js|css|woff2?|map)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !HASHED.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", FOR_A_YEAR);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!ours(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!ours(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!ours(name)) {
                    super.setDateHeader(name, date);
                }
            }
        });
    }

    private static boolean ours(String header) {
        return "Cache-Control".equalsIgnoreCase(header) || "Expires".equalsIgnoreCase(header) || "Pragma".equalsIgnoreCase(header);
    }
}
