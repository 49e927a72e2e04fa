package id.go.bnn.pasarbersinar.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.Context;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * The storefront's first HTML starts Vaadin only on the visitor's first interaction and leaves nothing behind on the
 * server: no initial UI state in the page, no UI and no session kept after the response.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeferredStartTest {

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_storefront_page_waits_for_the_visitor_and_keeps_no_session() throws Exception {
        for (String path : new String[] {"/", "/katalog", "/produk/kemeja-tenun-ikat-kupang"}) {
            int before = activeSessions();
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("script[type=module][src*=VAADIN/build/]")).as(path).isEmpty();
            assertThat(page.select("script[type=" + DeferredStart.DEFERRED_TYPE + "][src*=VAADIN/build/]")).as(path).hasSize(1);
            assertThat(page.select("script").stream().map(Element::data)).as(path).noneMatch(data -> data.contains("\"initial\""));
            String nonce = response.headers().firstValue("Content-Security-Policy").orElseThrow().replaceAll(".*'nonce-([^']+)'.*", "$1");
            assertThat(page.select("script").stream().filter(script -> script.data().contains("pb-starting")))
                    .as(path).singleElement().satisfies(script -> assertThat(script.attr("nonce")).isEqualTo(nonce));
            assertThat(page.select("#outlet > .pb-first-view h1")).as(path).isNotEmpty();
            awaitSessions(before, path);
        }
    }

    @Test
    void other_pages_start_vaadin_at_once_with_their_session() throws Exception {
        int before = activeSessions();
        Document page = Jsoup.parse(get("/masuk").body());
        assertThat(page.select("script[type=module][src*=VAADIN/build/]")).hasSize(1);
        assertThat(page.select("script[type=" + DeferredStart.DEFERRED_TYPE + "]")).isEmpty();
        assertThat(page.select("script").stream().map(Element::data)).anyMatch(data -> data.contains("\"initial\""));
        assertThat(activeSessions()).isEqualTo(before + 1);
    }

    @Test
    void the_rewrite_leaves_other_documents_alone() {
        Document plain = Jsoup.parse("<html><head><script>var a = 1;</script></head><body></body></html>");
        assertThat(DeferredStart.defer(plain, "n")).isFalse();
        assertThat(plain.select("script")).hasSize(1);
        assertThat(new DeferredStart(true, "/|/katalog|/produk/[^/]+").applies("/produk/x")).isTrue();
        assertThat(new DeferredStart(true, "/|/katalog|/produk/[^/]+").applies("/masuk")).isFalse();
        assertThat(new DeferredStart(false, "/|/katalog").applies("/katalog")).isFalse();
    }

    private void awaitSessions(int expected, String path) throws InterruptedException {
        for (int i = 0; i < 40 && activeSessions() != expected; i++) {
            Thread.sleep(50);
        }
        assertThat(activeSessions()).as("sessions left after %s", path).isEqualTo(expected);
    }

    private int activeSessions() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        return web.getManager().getActiveSessions();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
