package id.go.bnn.pasarbersinar.shell.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The page Vaadin's first HTML sends a browser too old to run the shop to ({@code ?v-r=oldbrowser}); Vaadin 25 has no
 * handler for it any more and answered 500. Plain HTML in both languages, no script.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OldBrowserPage extends OncePerRequestFilter {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Peramban terlalu lama | Pasar Bersinar</title></head>
            <body style="font-family: sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
            <h1>Peramban Anda terlalu lama</h1>
            <p>Pasar Bersinar membutuhkan peramban yang lebih baru. Perbarui Chrome, Firefox, Safari atau Edge, lalu buka
            <a href="/">halaman depan</a> lagi.</p>
            <p lang="en">Your browser is too old for Pasar Bersinar. Please update Chrome, Firefox, Safari or Edge and open the
            <a href="/">home page</a> again.</p>
            </body></html>
            """;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"oldbrowser".equals(request.getParameter("v-r")) || !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(200);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
}
