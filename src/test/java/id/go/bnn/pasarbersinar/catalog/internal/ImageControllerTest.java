package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pictures in three widths at content-derived addresses, cached for a year, revalidated by ETag. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImageControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    Images images;

    @BeforeEach
    void signInAsShop() {
        Callers.signIn(Caller.SYSTEM);
    }

    @AfterEach
    void signOut() {
        Callers.signOut();
    }

    @Test
    void serves_a_smaller_rendition_with_long_caching_and_an_etag() throws Exception {
        ImageRef picture = images.store(png(1600, 1200));
        HttpResponse<byte[]> small = new HttpPages(port).bytes(picture.url(ImageRef.SMALL), null);
        assertThat(small.statusCode()).isEqualTo(200);
        BufferedImage scaled = ImageIO.read(new ByteArrayInputStream(small.body()));
        assertThat(scaled.getWidth()).isEqualTo(240);
        assertThat(scaled.getHeight()).isEqualTo(180).isEqualTo(picture.heightAt(ImageRef.SMALL));
        assertThat(small.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000", "immutable"));
        String etag = small.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = new HttpPages(port).bytes(picture.url(ImageRef.SMALL), etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(new HttpPages(port).bytes(picture.url(ImageRef.LARGE), null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_narrow_picture_is_never_enlarged() throws Exception {
        ImageRef picture = images.store(png(200, 100));
        HttpResponse<byte[]> large = new HttpPages(port).bytes(picture.url(ImageRef.LARGE), null);
        assertThat(ImageIO.read(new ByteArrayInputStream(large.body())).getWidth()).isEqualTo(200);
    }

    @Test
    void unknown_widths_and_pictures_are_not_found() throws Exception {
        ImageRef picture = images.store(png(300, 300));
        assertThat(new HttpPages(port).bytes("/gambar/" + picture.hash() + "/333", null).statusCode()).isEqualTo(404);
        assertThat(new HttpPages(port).bytes("/gambar/" + "0".repeat(64) + "/240", null).statusCode()).isEqualTo(404);
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color((width * 31 + height) % 255, 90, 120));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
