package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class ImagesTest {

    /** A 1 x 1 lossless WebP, the one browsers use to test WebP support. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Autowired
    Images images;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void signInAsMember() {
        Callers.signIn(Callers.producer(900_001, 900_001));
    }

    @AfterEach
    void signOut() {
        Callers.signOut();
    }

    @Test
    void refuses_a_renamed_executable_by_its_content() {
        byte[] executable = new byte[4096];
        executable[0] = 0x7F;
        executable[1] = 'E';
        executable[2] = 'L';
        executable[3] = 'F';
        refused(executable, "catalog.upload.not-an-image");
        refused("MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), "catalog.upload.not-an-image");
        refused("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "catalog.upload.not-an-image");
    }

    @Test
    void refuses_a_zero_byte_file() {
        refused(new byte[0], "catalog.upload.empty");
    }

    @Test
    void refuses_a_truncated_jpeg() throws IOException {
        byte[] jpeg = jpeg(640, 480);
        refused(Arrays.copyOf(jpeg, jpeg.length / 2), "catalog.upload.damaged");
    }

    @Test
    void refuses_a_pixel_flood_from_its_header_without_decoding_it() {
        byte[] flood = pngHeaderClaiming(20_000, 20_000);
        assertThat(flood.length).isLessThan(100);
        refused(flood, "catalog.upload.too-many-pixels");
    }

    @Test
    void refuses_a_file_over_ten_megabytes() {
        refused(new byte[11 * 1024 * 1024], "catalog.upload.too-large");
    }

    @Test
    void refuses_gif_and_other_formats_it_does_not_accept() throws IOException {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(image, "gif", gif);
        refused(gif.toByteArray(), "catalog.upload.unsupported-type");
    }

    @Test
    void strips_gps_exif_and_applies_the_orientation() throws IOException {
        byte[] photo = withExif(jpeg(400, 200), 6, "GPS-8.5569S-125.5603E-FATULULI");
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", "FATULULI");
        ImageRef stored = images.store(photo);
        byte[] kept = images.load(stored.hash()).orElseThrow().data();
        String text = new String(kept, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Exif").doesNotContain("FATULULI").doesNotContain("GPS");
        // Orientation 6: the camera was turned a quarter; the kept picture stands upright, so taller than wide.
        assertThat(stored.width()).isEqualTo(200);
        assertThat(stored.height()).isEqualTo(400);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(decoded.getWidth()).isEqualTo(200);
    }

    @Test
    void scales_a_large_photo_to_at_most_2400_pixels_on_its_longest_side() throws IOException {
        ImageRef stored = images.store(jpeg(3000, 1000));
        assertThat(stored.width()).isEqualTo(2400);
        assertThat(stored.height()).isEqualTo(800);
    }

    @Test
    void accepts_webp_and_keeps_it_as_an_ordinary_picture() {
        ImageRef stored = images.store(WEBP);
        assertThat(stored.width()).isEqualTo(1);
        assertThat(images.load(stored.hash()).orElseThrow().contentType()).isIn("image/png", "image/jpeg");
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
        assertThat(images.load(first.hash())).get().extracting(Images.Picture::contentType).isEqualTo("image/jpeg");
    }

    @Test
    void without_s3_settings_the_bytes_stay_in_the_picture_row() throws IOException {
        ImageRef stored = images.store(png(33, 22));
        assertThat(jdbc.sql("SELECT stored_in FROM stored_image WHERE hash = ?").param(stored.hash()).query(String.class).single())
                .isEqualTo("DATABASE");
        byte[] data = jdbc.sql("SELECT data FROM stored_image WHERE hash = ?").param(stored.hash()).query(byte[].class).single();
        assertThat(data).isEqualTo(images.load(stored.hash()).orElseThrow().data());
    }

    @Test
    void only_members_staff_and_the_shop_may_store_pictures() throws IOException {
        byte[] png = png(31, 21);
        long before = storedImages();
        for (Caller nobody : new Caller[] {Caller.ANONYMOUS, Callers.buyer(900_002)}) {
            assertThatThrownBy(() -> Callers.as(nobody, () -> images.store(png))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(storedImages()).isEqualTo(before);
        Callers.as(Callers.curator(900_003, "53"), () -> images.store(png));
        Callers.as(Caller.SYSTEM, () -> images.store(png));
    }

    @Test
    void serves_pictures_with_long_caching_and_answers_revalidation_with_304() throws Exception {
        ImageRef ref = images.store(png(12, 12));
        HttpResponse<byte[]> response = get(ref.url(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("max-age=31536000", "immutable");
        String etag = response.headers().firstValue("ETag").orElseThrow();

        assertThat(get(ref.url(), etag).statusCode()).isEqualTo(304);
        assertThat(get("/gambar/" + "0".repeat(64), null).statusCode()).isEqualTo(404);
        assertThat(get("/gambar/not-a-hash", null).statusCode()).isEqualTo(404);
    }

    @Test
    void a_picture_kept_private_is_served_only_to_the_shop_until_the_same_bytes_are_stored_for_everyone() throws Exception {
        Images.Prepared kept = Images.prepare(png(14, 13));
        ImageRef ref = images.storePrivate(kept);
        assertThat(images.exists(ref.hash())).isFalse();
        assertThat(images.load(ref.hash())).isEmpty();
        assertThat(images.rendition(ref.hash(), ImageRef.SMALL)).isEmpty();
        assertThat(get(ref.url(), null).statusCode()).isEqualTo(404);
        assertThat(get(ref.url(ImageRef.SMALL), null).statusCode()).isEqualTo(404);
        assertThat(Caller.runAsSystem(() -> images.privatePicture(ref.hash(), 0))).isPresent();
        assertThat(Caller.runAsSystem(() -> images.privatePicture(ref.hash(), ImageRef.SMALL))).isPresent();
        assertThat(get(ref.url(ImageRef.SMALL), null).statusCode()).as("a rendition made privately stays private").isEqualTo(404);
        // only the shop itself, for a module that checked who asks
        for (Caller caller : new Caller[] {Caller.ANONYMOUS, Callers.buyer(900_004), Callers.admin(900_005)}) {
            assertThatThrownBy(() -> Callers.as(caller, () -> images.privatePicture(ref.hash(), 0))).isInstanceOf(AccessDeniedException.class);
        }

        // the same bytes published (a member puts them on a listing): everyone's from now on
        images.store(png(14, 13));
        assertThat(get(ref.url(), null).statusCode()).isEqualTo(200);
        // and bytes already public stay public when stored privately too
        ImageRef shown = images.store(png(15, 13));
        images.storePrivate(Images.prepare(png(15, 13)));
        assertThat(get(shown.url(ImageRef.SMALL), null).statusCode()).isEqualTo(200);
    }

    private void refused(byte[] bytes, String messageKey) {
        long before = storedImages();
        assertThatThrownBy(() -> images.store(bytes))
                .isInstanceOfSatisfying(InvalidImageException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
        assertThat(storedImages()).isEqualTo(before);
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

    public static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < width; x += 20) {
            g.setColor(new Color((x * 7) % 255, (x * 13) % 255, (x * 3) % 255));
            g.fillRect(x, 0, 20, height);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A PNG signature and IHDR chunk that claim a size; no pixel data follows. Nothing that large is allocated. */
    static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }

    /** The JPEG with an APP1 Exif segment after its SOI: an orientation tag and an ASCII tag standing for GPS data. */
    static byte[] withExif(byte[] jpeg, int orientation, String secret) {
        byte[] text = (secret + "\0").getBytes(StandardCharsets.US_ASCII);
        // TIFF header (big-endian), IFD0 with two entries: Orientation (SHORT) and ImageDescription (ASCII, offset).
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + text.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 2 * 12 + 4);
        tiff.putInt(0);
        tiff.put(text);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array()).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
