package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImagesTest {

    @Autowired
    Images images;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @org.junit.jupiter.api.BeforeEach
    void as_a_producer() {
        id.go.bnn.pasarbersinar.shared.Callers.signIn(id.go.bnn.pasarbersinar.shared.Callers.producer(-77, 1));
    }

    @org.junit.jupiter.api.AfterEach
    void sign_out() {
        id.go.bnn.pasarbersinar.shared.Callers.signOut();
    }

    @Test
    void checks_the_content_not_the_name_and_stores_nothing_that_is_not_a_picture() {
        long before = storedImages();
        assertThatThrownBy(() -> images.store("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidImageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.image.not-an-image"));
        assertThatThrownBy(() -> images.store(new byte[0]))
                .isInstanceOfSatisfying(InvalidImageException.class, e -> assertThat(e.messageKey()).isEqualTo("catalog.image.empty"));
        assertThatThrownBy(() -> images.store(new byte[Images.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(InvalidImageException.class, e -> assertThat(e.messageKey()).isEqualTo("catalog.image.too-large"));
        assertThat(storedImages()).isEqualTo(before);
    }

    @Test
    void stores_a_picture_once_under_its_hash_with_its_size() throws IOException {
        byte[] png = png(30, 20);
        ImageRef first = images.store(png);
        ImageRef again = images.store(png);
        assertThat(again).isEqualTo(first);
        assertThat(first.width()).isEqualTo(30);
        assertThat(first.height()).isEqualTo(20);
        assertThat(first.hash()).hasSize(64);
        assertThat(images.load(first.hash())).get().extracting(Images.Picture::contentType).isEqualTo("image/png");
    }

    @Test
    void serves_pictures_with_long_caching_and_answers_revalidation_with_304() throws Exception {
        ImageRef ref = images.store(png(12, 12));
        HttpResponse<byte[]> response = get(ref.url(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("max-age=31536000", "immutable");
        String etag = response.headers().firstValue("ETag").orElseThrow();

        assertThat(get(ref.url(), etag).statusCode()).isEqualTo(304);
        assertThat(get("/gambar/" + "0".repeat(64), null).statusCode()).isEqualTo(404);
        assertThat(get("/gambar/not-a-hash", null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long storedImages() {
        return jdbc.sql("SELECT COUNT(*) FROM stored_image").query(Long.class).single();
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(width / 2, height / 2, (width * 31 + height) & 0xffffff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
