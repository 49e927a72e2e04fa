package id.go.bnn.pasarbersinar.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first HTML response as a crawler, a chat app or a phone before any script gets it: language, title,
 * description and share tags, the page painted as plain HTML, the preloaded main picture, the caching of Vaadin's
 * bundle and one address per page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstHtmlTest {

    static final String PRODUCT = "/produk/kemeja-tenun-ikat-kupang";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void html_lang_is_the_language_of_the_page() throws Exception {
        assertThat(page("/", null).selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(page("/katalog", "pb-lang=en").selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void home_catalog_sign_in_and_registration_carry_title_description_and_share_tags() throws Exception {
        for (String path : List.of("/", "/katalog", "/masuk", "/daftar")) {
            Document html = page(path, null);
            assertThat(html.title()).as(path).contains("Pasar Bersinar").isNotEqualTo("Pasar Bersinar");
            assertThat(html.select("meta[name=description]").attr("content")).as(path).hasSizeGreaterThan(50);
            assertThat(html.select("meta[property=og:title]").attr("content")).as(path).isEqualTo(html.title());
            assertThat(html.select("meta[property=og:description]").attr("content")).as(path).isNotBlank();
            assertThat(html.select("meta[property=og:type]").attr("content")).as(path).isEqualTo("website");
            assertThat(html.select("meta[property=og:url]").attr("content")).as(path).endsWith(path);
            assertThat(html.select("meta[property=og:image]").attr("content")).as(path).endsWith("/images/share.png");
            assertThat(html.select("meta[name=twitter:card]")).as(path).hasSize(1);
        }
        assertThat(page("/katalog", null).select("meta[name=description]").attr("content")).startsWith("Katalog kerajinan");
        assertThat(page("/katalog", "pb-lang=en").select("meta[name=description]").attr("content")).startsWith("The Pasar Bersinar crafts catalog");
    }

    @Test
    void a_product_page_keeps_its_own_share_tags() throws Exception {
        Document html = page(PRODUCT, null);
        assertThat(html.select("meta[name=description]")).hasSize(1);
        assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("product");
    }

    @Test
    void every_page_links_a_favicon_and_the_web_manifest_which_are_served() throws Exception {
        Document html = page("/", null);
        assertThat(html.select("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
        assertThat(html.select("link[rel=manifest]").attr("href")).isEqualTo("/manifest.webmanifest");
        assertThat(get("/favicon.svg", null).statusCode()).isEqualTo(200);
        HttpResponse<String> manifest = get("/manifest.webmanifest", null);
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"icons\"", "/images/icon-192.png");
        assertThat(get("/images/icon-512.png", null).statusCode()).isEqualTo(200);
        assertThat(get("/images/share.png", null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_first_html_holds_the_page_as_plain_html_without_scripts_ids_or_live_components() throws Exception {
        Document html = page("/katalog", null);
        Element first = html.selectFirst("#outlet > .pb-first-view");
        assertThat(first).isNotNull();
        assertThat(first.select("h1").text()).isEqualTo("Katalog");
        assertThat(first.select(".pb-card")).hasSize(48);
        // Only the first two cards' pictures (when they have one) are fetched with high priority.
        assertThat(first.select(".pb-card img[fetchpriority=high]")).hasSizeLessThanOrEqualTo(2)
                .allSatisfy(img -> assertThat(first.select(".pb-card").indexOf(img.closest(".pb-card"))).isLessThan(2));
        assertThat(first.select("header.pb-header")).hasSize(1);
        assertThat(first.select("script, [id], [onclick], [onerror]")).isEmpty();
        assertThat(first.getAllElements()).noneMatch(element -> element.tagName().startsWith("vaadin-"));
        assertThat(first.select("[data-fv=vaadin-button].pb-filter-toggle").text()).isEqualTo("Filter");
    }

    @Test
    void before_the_first_touch_the_header_shows_its_cart_and_account_icons_and_the_search_hint_in_the_visitors_language()
            throws Exception {
        for (String path : List.of("/", "/katalog", PRODUCT)) {
            for (String language : List.of("id", "en")) {
                Element header = page(path, "pb-lang=" + language).selectFirst(".pb-first-view header.pb-header");
                assertThat(header).as(path).isNotNull();
                for (String link : List.of("keranjang", "masuk")) {
                    Element icon = header.selectFirst("a.pb-header-link[href=" + link + "] > [data-fv=vaadin-icon]");
                    assertThat(icon).as("%s %s %s", path, language, link).isNotNull();
                    assertThat(icon.select("> svg[viewBox='0 0 16 16'][fill=currentColor] > path[d]")).as(link).isNotEmpty();
                }
                Element search = header.selectFirst("[data-fv=vaadin-text-field].pb-search");
                assertThat(search.attr("data-fv-placeholder")).as(path)
                        .isEqualTo("en".equals(language) ? "Search tenun, batik, baskets…" : "Cari tenun, batik, anyaman…");
                assertThat(search.select("> [data-fv=vaadin-icon][slot=prefix] > svg > path")).isNotEmpty();
            }
        }
    }

    @Test
    void the_first_view_shows_typed_text_escaped() throws Exception {
        String payload = "</script><img src=x onerror=alert(1)>";
        Document html = page("/cari?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), null);
        Element first = html.selectFirst(".pb-first-view");
        assertThat(first).isNotNull();
        assertThat(first.select("img[src=x], [onerror]")).isEmpty();
        assertThat(first.text()).contains(payload);
    }

    @Test
    void the_main_product_picture_is_preloaded_with_high_priority() throws Exception {
        Document html = page(PRODUCT, null);
        Element preload = html.selectFirst("head > link[rel=preload][as=image]");
        assertThat(preload).isNotNull();
        assertThat(preload.attr("fetchpriority")).isEqualTo("high");
        assertThat(preload.attr("imagesrcset")).contains("/gambar/").contains("1200w");
        Element main = html.selectFirst(".pb-first-view img.pb-gallery-main");
        assertThat(main.attr("srcset")).isEqualTo(preload.attr("imagesrcset"));
        assertThat(main.attr("sizes")).isEqualTo(preload.attr("imagesizes"));
    }

    @Test
    void vaadin_bundle_files_are_cached_for_a_year_and_pages_are_not() throws Exception {
        Document html = page("/", null);
        String bundle = html.select("script[src*=VAADIN/build/]").attr("src").replaceFirst("^\\./", "/");
        assertThat(bundle).matches("/VAADIN/build/.+-.+\\.js");
        HttpResponse<String> response = get(bundle, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        // A page is asked again each time (the page cache answers an unchanged one with 304), never kept unasked.
        assertThat(get("/", null).headers().firstValue("Cache-Control").orElse("")).contains("no-cache").doesNotContain("max-age");
    }

    @Test
    void an_address_with_a_trailing_slash_redirects_to_the_one_without() throws Exception {
        HttpResponse<String> product = get(PRODUCT + "/", null);
        assertThat(product.statusCode()).isEqualTo(301);
        assertThat(product.headers().firstValue("Location")).hasValue(PRODUCT);
        HttpResponse<String> catalog = get("/katalog/?kategori=tenun", null);
        assertThat(catalog.statusCode()).isEqualTo(301);
        assertThat(catalog.headers().firstValue("Location")).hasValue("/katalog?kategori=tenun");
        assertThat(get("/", null).statusCode()).isEqualTo(200);
        assertThat(get("//evil.example/", null).headers().firstValue("Location").orElse("")).doesNotStartWith("//");
    }

    @Test
    void a_404_page_has_a_title_in_the_first_html() throws Exception {
        HttpResponse<String> response = get("/halaman-yang-tidak-ada", null);
        assertThat(response.statusCode()).isEqualTo(404);
        Document html = Jsoup.parse(response.body());
        assertThat(html.title()).isEqualTo("Halaman tidak ditemukan | Pasar Bersinar");
        assertThat(html.select("meta[property^=og:]")).isEmpty();
    }

    private Document page(String path, String cookie) throws Exception {
        HttpResponse<String> response = get(path, cookie);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
