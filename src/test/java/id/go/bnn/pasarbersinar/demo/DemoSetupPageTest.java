package id.go.bnn.pasarbersinar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** While the demo's catalog loads, pages say that the demo shop is being set up (503, refreshing), never an empty catalog. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoSetupPageTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoSetup setup;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void ready() {
        setup.ready();
    }

    @Test
    void once_the_demo_is_loaded_the_home_page_shows_its_products_and_no_setup_page() throws Exception {
        assertThat(setup.settingUp()).isFalse();
        HttpResponse<String> home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("/produk/").doesNotContain("Toko demo sedang disiapkan");
    }

    @Test
    void while_the_demo_is_set_up_every_storefront_page_answers_503_with_a_self_refreshing_page() throws Exception {
        setup.restart();
        for (String path : new String[] {"/", "/katalog?kategori=tenun", "/cari?q=tenun", "/produk/kemeja-tenun-ikat-kupang",
                "/kelompok/anyaman-olo-bangkit", "/koleksi/tenun-dari-timur", "/dampak", "/masuk"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("3");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("3");
            assertThat(page.select("html").attr("lang")).isEqualTo("id");
            assertThat(page.select("h1").text()).isEqualTo("Toko demo sedang disiapkan");
            assertThat(response.body()).doesNotContain("/produk/").doesNotContain("<script");
        }
        // The style is allowed by its hash, nothing else: the page loads no script and no file.
        String policy = get("/", null).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).startsWith("default-src 'none'; style-src 'sha256-");
    }

    @Test
    void the_setup_page_speaks_english_to_a_visitor_who_chose_english() throws Exception {
        setup.restart();
        HttpResponse<String> response = get("/katalog", "pb-lang=en");
        assertThat(response.statusCode()).isEqualTo(503);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("The demo shop is being set up");
        assertThat(page.text()).contains("This page refreshes itself.");
    }

    @Test
    void files_pictures_and_vaadin_requests_pass_while_the_demo_is_set_up() throws Exception {
        setup.restart();
        HttpResponse<String> robots = get("/robots.txt", null);
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Sitemap");
        assertThat(get("/favicon.svg", null).statusCode()).isEqualTo(200);
        assertThat(get("/gambar/" + "0".repeat(64), null).statusCode()).isEqualTo(404);
        assertThat(get("/?v-r=heartbeat", null).statusCode()).isNotEqualTo(503);
    }

    @Test
    void a_head_request_gets_the_status_without_a_body_and_a_post_passes() throws Exception {
        setup.restart();
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri("/")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(503);
        assertThat(head.body()).isEmpty();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/")).POST(HttpRequest.BodyPublishers.ofString("")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isNotEqualTo(503);
    }

    @Test
    void the_shop_is_being_set_up_from_the_start_of_a_demo_only(@TempDir Path dir) throws Exception {
        assertThat(new DemoSetup(new DemoProperties(true, 0), false).settingUp()).isTrue();
        assertThat(new DemoSetup(new DemoProperties(false, 0), false).settingUp()).isFalse();
        DemoSetup started = new DemoSetup(new DemoProperties(true, 0), false);
        started.ready();
        assertThat(started.settingUp()).isFalse();
        // A second start finds its database file: the demo is there, nothing is being set up.
        assertThat(new DemoSetup(new DemoProperties(true, 0), true).settingUp()).isFalse();
        String url = "jdbc:h2:file:" + dir.resolve("pasar-bersinar") + ";MODE=MySQL";
        assertThat(DemoPhotoPreparation.databaseFileAtStart(url)).isFalse();
        Files.writeString(dir.resolve("pasar-bersinar.mv.db"), "");
        assertThat(DemoPhotoPreparation.databaseFileAtStart(url)).isTrue();
        assertThat(DemoPhotoPreparation.databaseFileAtStart("jdbc:h2:mem:pasar")).isFalse();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
