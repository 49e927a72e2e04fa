package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.ImagesTest;
import id.go.bnn.pasarbersinar.catalog.ListingRow;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.internal.S3TestServer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import id.go.bnn.pasarbersinar.catalog.internal.ImageStorageMigration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A member uploads a photo while the S3-compatible store cuts the upload off: told so in the page, nothing kept. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3PhotoUploadViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry registry) {
        S3TestServer server = S3TestServer.get();
        registry.add("pasar.storage.s3.endpoint", server::endpoint);
        registry.add("pasar.storage.s3.bucket", () -> S3TestServer.BUCKET);
        registry.add("pasar.storage.s3.access-key", () -> S3TestServer.ACCESS_KEY);
        registry.add("pasar.storage.s3.secret-key", () -> S3TestServer.SECRET_KEY);
    }

    private final S3TestServer server = S3TestServer.get();

    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImageStorageMigration migration;

    GroupId group;

    @BeforeEach
    void a_member_of_a_verified_group() {
        group = Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup("Portal S3 " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                    "KAWASAN_RAWAN", "52", "Kota Uji", null, "Kelurahan Uji", null, null, null, null, null, 10, 2021), false);
            groups.verify(id);
            return id;
        });
        Callers.signIn(Callers.producer(-5291, group.value()));
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
        migration.toDatabase();
    }

    @Test
    void an_upload_cut_off_by_the_store_is_refused_in_the_page_and_the_listing_names_only_kept_photos() throws Exception {
        long rows = jdbc.sql("SELECT COUNT(*) FROM stored_image").query(Long.class).single();
        ListingEditorView editor = navigate("mitra/produk/baru", ListingEditorView.class);
        editor.titleId.setValue("Tas Anyaman Awan");
        editor.descriptionId.setValue("Tas anyaman pandan buatan tangan.");
        editor.category.setValue(catalog.category("anyaman").orElseThrow());
        editor.price.setValue(95_000);
        editor.weight.setValue(400);
        editor.variants.rows.getFirst().stock.setValue(4);

        server.cutOffRequests();
        editor.photos.addUploaded(ImagesTest.jpeg(317, 211));
        assertThat(editor.photos.rows).isEmpty();
        assertThat(editor.photos.message.isVisible()).isTrue();
        assertThat(editor.photos.message.getText())
                .isEqualTo("Foto belum bisa disimpan saat ini, jadi tidak ada yang tersimpan. Silakan coba lagi beberapa menit lagi.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_image").query(Long.class).single()).isEqualTo(rows);

        server.heal();
        editor.photos.addUploaded(ImagesTest.jpeg(211, 317));
        assertThat(editor.photos.rows).hasSize(1);
        test(editor.submit).click();

        List<ListingRow> listed = listings.ofGroup(group, null);
        assertThat(listed).singleElement().satisfies(row -> {
            assertThat(row.coverImage()).isNotNull();
            assertThat(server.has("originals/" + row.coverImage())).isTrue();
        });
    }
}
