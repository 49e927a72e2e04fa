package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.CollectionSummary;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt} and the sitemap of public pages: {@code /sitemap.xml} is an index of {@code /sitemap/halaman.xml}
 * (home, catalog, groups, collections) and {@code /sitemap/produk-N.xml}, at most {@value #PRODUCTS_PER_FILE}
 * approved products each (the protocol allows 50,000 addresses a file).
 */
@RestController
class SitemapController {

    static final int PRODUCTS_PER_FILE = 40_000;
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final CacheControl HOURLY = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final Catalog catalog;
    private final ProducerGroups groups;
    private final Collections collections;

    SitemapController(Catalog catalog, ProducerGroups groups, Collections collections) {
        this.catalog = catalog;
        this.groups = groups;
        this.collections = collections;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String body = "User-agent: *\n"
                + "Allow: /\n"
                // Search results are endless combinations of words; the catalog and the sitemap reach every product.
                + "Disallow: /cari\n"
                + "Disallow: /keranjang\n"
                + "Disallow: /masuk\n"
                + "\n"
                + "Sitemap: " + PublicAddress.base(request) + "/sitemap.xml\n";
        return ResponseEntity.ok().cacheControl(PublicAddress.caching(request, HOURLY)).body(body);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index(HttpServletRequest request) {
        String base = PublicAddress.base(request);
        int files = Math.max(1, (catalog.countPublic() + PRODUCTS_PER_FILE - 1) / PRODUCTS_PER_FILE);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <sitemap><loc>").append(base).append("/sitemap/halaman.xml</loc></sitemap>\n");
        for (int n = 1; n <= files; n++) {
            xml.append("  <sitemap><loc>").append(base).append("/sitemap/produk-").append(n).append(".xml</loc></sitemap>\n");
        }
        xml.append("</sitemapindex>\n");
        return ResponseEntity.ok().contentType(XML).cacheControl(PublicAddress.caching(request, HOURLY)).body(xml.toString());
    }

    @GetMapping("/sitemap/halaman.xml")
    ResponseEntity<String> pages(HttpServletRequest request) {
        String base = PublicAddress.base(request);
        StringBuilder xml = urlset();
        url(xml, base + "/", null);
        url(xml, base + "/katalog", null);
        for (GroupSummary group : groups.listPublic()) {
            url(xml, base + "/kelompok/" + group.slug(), null);
        }
        for (CollectionSummary collection : collections.all()) {
            url(xml, base + collection.url(), null);
        }
        return ResponseEntity.ok().contentType(XML).cacheControl(PublicAddress.caching(request, HOURLY)).body(xml.append("</urlset>\n").toString());
    }

    @GetMapping("/sitemap/produk-{number}.xml")
    ResponseEntity<String> products(@PathVariable String number, HttpServletRequest request) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return ResponseEntity.notFound().build();
        }
        if (n < 1 || (n > 1 && (long) (n - 1) * PRODUCTS_PER_FILE >= catalog.countPublic())) {
            return ResponseEntity.notFound().build();
        }
        String base = PublicAddress.base(request);
        StringBuilder xml = urlset();
        for (Catalog.PublicPage page : catalog.publicPages((n - 1) * PRODUCTS_PER_FILE, PRODUCTS_PER_FILE)) {
            url(xml, base + "/produk/" + page.slug(), page.updatedAt());
        }
        return ResponseEntity.ok().contentType(XML).cacheControl(PublicAddress.caching(request, HOURLY)).body(xml.append("</urlset>\n").toString());
    }

    private static StringBuilder urlset() {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    }

    // Slugs are [a-z0-9-] and the base comes from the request's host: still escaped, as a host header is the client's word.
    private static void url(StringBuilder xml, String location, Instant modified) {
        xml.append("  <url><loc>").append(escape(location)).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(modified.truncatedTo(ChronoUnit.SECONDS)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
