package id.go.bnn.pasarbersinar.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser of one person on the booth page, over real HTTP: its cookies, and the CSRF token the API gave it. */
class KasirPhone {

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    final int port;
    String csrfHeader;
    String csrfToken;

    KasirPhone(int port) {
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json, boolean withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withToken) {
            request.header(csrfHeader, csrfToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    KasirPhone signIn(String email) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(BoothFixture.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/masuk")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port).POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String location = signedIn.headers().firstValue("Location").orElse("");
        assertThat(location).doesNotContain("error");
        assertThat(session()).as("the session after signing in (sent to %s, cookies %s)", location, signedIn.headers().allValues("Set-Cookie"))
                .contains("\"signedIn\":true");
        return this;
    }

    String session() throws Exception {
        String body = get("/api/kasir/session").body();
        csrfHeader = field(body, "csrfHeader");
        csrfToken = field(body, "csrfToken");
        return body;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
