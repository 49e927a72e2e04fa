package id.go.bnn.pasarbersinar.exhibition.internal;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the booth page's files that need more than a static file: {@code /kasir} itself (the page, from
 * {@code frontend/kasir/index.html}) and its service worker, which controls {@code /kasir} although it lives in
 * {@code /kasir/} (hence {@code Service-Worker-Allowed}). Neither may be cached by the browser's HTTP cache: a new
 * version must reach phones the next time they are online; the service worker keeps the offline copy.
 */
@Controller
class KasirApiPage {

    private static final Resource PAGE = new ClassPathResource("META-INF/resources/kasir/index.html");
    private static final Resource WORKER = new ClassPathResource("META-INF/resources/kasir/sw.js");

    @GetMapping("/kasir")
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_HTML).body(PAGE);
    }

    @GetMapping("/kasir/sw.js")
    ResponseEntity<Resource> worker() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).header("Service-Worker-Allowed", "/kasir")
                .contentType(MediaType.valueOf("text/javascript")).body(WORKER);
    }
}
