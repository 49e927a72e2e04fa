package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.ImageStorageUnavailableException;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.ImagesTest;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code PASAR_STORAGE_S3_*} set, pictures and their renditions are objects of an S3-compatible bucket (s3proxy
 * inside this JVM), served through the shop's own addresses as before; a store that fails mid-upload leaves no row
 * naming a missing photo; the operators' move goes both ways and picks up where an interrupted run stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ImageStorageTest {

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry registry) {
        S3TestServer server = S3TestServer.get();
        registry.add("pasar.storage.s3.endpoint", server::endpoint);
        registry.add("pasar.storage.s3.bucket", () -> S3TestServer.BUCKET);
        registry.add("pasar.storage.s3.region", () -> "us-east-1");
        registry.add("pasar.storage.s3.access-key", () -> S3TestServer.ACCESS_KEY);
        registry.add("pasar.storage.s3.secret-key", () -> S3TestServer.SECRET_KEY);
    }

    private final S3TestServer server = S3TestServer.get();

    @LocalServerPort
    int port;
    @Autowired
    Images images;
    @Autowired
    ImageStore store;
    @Autowired
    ImageStorage storage;
    @Autowired
    ImageStorageCommand command;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signInAsShop() {
        Callers.signIn(Caller.SYSTEM);
    }

    @AfterEach
    void healAndSignOut() {
        server.heal();
        Callers.signOut();
    }

    /** The tests' database outlives this context: other contexts, without a bucket, must find every picture in it. */
    @AfterAll
    void everyPictureBackInTheDatabase() {
        server.heal();
        storage.s3().ifPresent(bucket -> new ImageStorageMigration(store, storage).toDatabase());
    }

    @Test
    void an_upload_is_an_object_of_the_bucket_served_at_the_shops_address_with_its_caching() throws Exception {
        ImageRef picture = images.store(ImagesTest.jpeg(323, 199));
        assertThat(jdbc.sql("SELECT stored_in FROM stored_image WHERE hash = ?").param(picture.hash()).query(String.class).single())
                .isEqualTo("S3");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_image WHERE hash = ? AND data IS NULL").param(picture.hash())
                .query(Integer.class).single()).isEqualTo(1);
        byte[] object = server.object(ImageBytes.original(picture.hash()));

        HttpResponse<byte[]> served = new HttpPages(port).bytes(picture.url(), null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(object);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("Cache-Control")).get().asString().contains("max-age=31536000", "public", "immutable");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + picture.hash() + "\"");
        assertThat(new HttpPages(port).bytes(picture.url(), etag).statusCode()).isEqualTo(304);
    }

    @Test
    void renditions_are_made_once_and_kept_in_the_bucket() throws Exception {
        ImageRef picture = images.store(ImagesTest.jpeg(1613, 1201));
        assertThat(store.rendition(picture.hash(), ImageRef.SMALL, true)).isEmpty();
        HttpResponse<byte[]> small = new HttpPages(port).bytes(picture.url(ImageRef.SMALL), null);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValue("Cache-Control")).get().asString().contains("max-age=31536000", "immutable");
        assertThat(small.headers().firstValue("ETag")).hasValue("\"" + picture.hash() + "-240\"");
        String key = ImageBytes.rendition(picture.hash(), ImageRef.SMALL);
        assertThat(server.object(key)).isEqualTo(small.body());
        assertThat(store.rendition(picture.hash(), ImageRef.SMALL, true)).get().satisfies(row -> {
            assertThat(row.storedIn()).isEqualTo(ImageBytes.StoredIn.S3);
            assertThat(row.data()).isNull();
        });
        assertThat(new HttpPages(port).bytes(picture.url(ImageRef.SMALL), null).body()).isEqualTo(small.body());
    }

    @Test
    void a_store_failing_mid_upload_keeps_no_row_and_the_uploader_is_told_to_try_again() throws Exception {
        byte[] photo = ImagesTest.jpeg(641, 479);
        String hash = Images.prepare(photo).hash();
        long rows = jdbc.sql("SELECT COUNT(*) FROM stored_image").query(Long.class).single();

        server.cutOffRequests();
        assertThatThrownBy(() -> images.store(photo)).isInstanceOfSatisfying(ImageStorageUnavailableException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("catalog.upload.storage-unavailable"));
        server.heal();

        assertThat(images.exists(hash)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_image").query(Long.class).single()).isEqualTo(rows);
        assertThat(new HttpPages(port).bytes("/gambar/" + hash, null).statusCode()).isEqualTo(404);
        everyRowNamesBytesThatAreThere();

        // The store is back: the same photo is stored as any other.
        assertThat(images.store(photo).hash()).isEqualTo(hash);
        assertThat(new HttpPages(port).bytes("/gambar/" + hash, null).statusCode()).isEqualTo(200);
    }

    @Test
    void while_the_bucket_cannot_be_reached_pictures_answer_503_and_nothing_is_cached() throws Exception {
        ImageRef picture = images.store(ImagesTest.jpeg(301, 299));
        server.cutOffRequests();
        HttpResponse<byte[]> down = new HttpPages(port).bytes(picture.url(), null);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Cache-Control")).hasValue("no-store");
        server.heal();
        assertThat(new HttpPages(port).bytes(picture.url(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_move_to_s3_and_back_goes_on_where_an_interrupted_run_stopped() throws Exception {
        List<byte[]> pictures = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pictures.add(("picture " + i + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] bytes : pictures) {
            String hash = sha256(bytes);
            store.insert(hash, "image/png", 10, 10, bytes.length, bytes, ImageBytes.StoredIn.DATABASE, false, Instant.now());
            store.insertRendition(hash, ImageRef.SMALL, "image/png", 10, 10, bytes.length, bytes, ImageBytes.StoredIn.DATABASE, Instant.now());
        }
        long inDatabase = inPlace(ImageBytes.StoredIn.DATABASE);
        assertThat(inDatabase).isGreaterThanOrEqualTo(10);

        ImageStorageMigration interrupted = new ImageStorageMigration(store, new ImageStorage(failingAfter(3, storage.s3().orElseThrow())));
        assertThatThrownBy(interrupted::toS3).isInstanceOf(ImageBytes.ImageBytesUnavailable.class);
        assertThat(inPlace(ImageBytes.StoredIn.DATABASE)).isEqualTo(inDatabase - 3);
        everyRowNamesBytesThatAreThere();

        assertThat(command.migrate("to-s3")).isZero();
        assertThat(inPlace(ImageBytes.StoredIn.DATABASE)).isZero();
        for (byte[] bytes : pictures) {
            String hash = sha256(bytes);
            assertThat(server.object(ImageBytes.original(hash))).isEqualTo(bytes);
            assertThat(server.object(ImageBytes.rendition(hash, ImageRef.SMALL))).isEqualTo(bytes);
            assertThat(store.load(hash, true).orElseThrow().data()).isNull();
            assertThat(new HttpPages(port).bytes("/gambar/" + hash, null).body()).isEqualTo(bytes);
        }

        long inS3 = inPlace(ImageBytes.StoredIn.S3);
        interrupted = new ImageStorageMigration(store, new ImageStorage(failingAfter(3, storage.s3().orElseThrow())));
        assertThatThrownBy(interrupted::toDatabase).isInstanceOf(ImageBytes.ImageBytesUnavailable.class);
        assertThat(inPlace(ImageBytes.StoredIn.S3)).isEqualTo(inS3 - 3);
        everyRowNamesBytesThatAreThere();

        assertThat(command.migrate("to-database")).isZero();
        assertThat(inPlace(ImageBytes.StoredIn.S3)).isZero();
        for (byte[] bytes : pictures) {
            String hash = sha256(bytes);
            assertThat(store.load(hash, true).orElseThrow().data()).isEqualTo(bytes);
            assertThat(server.has(ImageBytes.original(hash))).as("the bucket's copy is let go").isFalse();
            assertThat(new HttpPages(port).bytes("/gambar/" + hash, null).body()).isEqualTo(bytes);
            assertThat(new HttpPages(port).bytes(ImageRef.url(hash, ImageRef.SMALL), null).body()).isEqualTo(bytes);
        }
    }

    @Test
    void the_command_refuses_an_unknown_direction() {
        assertThat(command.migrate("sideways")).isEqualTo(2);
    }

    private long inPlace(ImageBytes.StoredIn storedIn) {
        return store.countOriginals(storedIn) + store.countRenditions(storedIn);
    }

    /** No row, and so no listing, names bytes that are not there. */
    private void everyRowNamesBytesThatAreThere() {
        assertThat(jdbc.sql("SELECT hash FROM stored_image WHERE stored_in = 'S3'").query(String.class).list())
                .allSatisfy(hash -> assertThat(server.has(ImageBytes.original(hash))).as(hash).isTrue());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_image WHERE stored_in = 'DATABASE' AND data IS NULL").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM product_image i LEFT JOIN stored_image s ON s.hash = i.image_hash WHERE s.hash IS NULL")
                .query(Long.class).single()).isZero();
    }

    /** The bucket, failing from the fourth time it is asked to keep or give bytes: an interruption at a known point. */
    private static ImageBytes failingAfter(int calls, ImageBytes bucket) {
        AtomicInteger asked = new AtomicInteger();
        return new ImageBytes() {
            @Override
            public StoredIn storedIn() {
                return bucket.storedIn();
            }

            @Override
            public byte[] keep(String key, String contentType, byte[] data) {
                failWhenDue();
                return bucket.keep(key, contentType, data);
            }

            @Override
            public Optional<byte[]> read(String key, byte[] column) {
                failWhenDue();
                return bucket.read(key, column);
            }

            @Override
            public void discard(String key) {
                bucket.discard(key);
            }

            private void failWhenDue() {
                if (asked.incrementAndGet() > calls) {
                    throw new ImageBytesUnavailable("interrupted by the test", null);
                }
            }
        };
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
