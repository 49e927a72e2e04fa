package id.go.bnn.pasarbersinar.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a visitor (or a crawler) gets over real HTTP for a page that does not exist or that breaks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorViewsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_unknown_address_is_a_real_404_page() throws Exception {
        HttpResponse<String> response = get("/halaman-yang-tidak-ada");
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void the_home_page_is_open_to_anonymous_visitors() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html");
    }

    @Test
    void a_failing_page_answers_500_without_a_stack_trace() throws Exception {
        HttpResponse<String> response = get("/uji-galat");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("IllegalStateException", "at id.go.bnn", "Exception");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
