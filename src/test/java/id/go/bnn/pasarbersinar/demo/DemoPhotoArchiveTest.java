package id.go.bnn.pasarbersinar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.demo.DemoDataLoader.DemoProduct;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The photos kept in the jar are byte for byte the photos the demo draws, and a stale archive is not used. */
class DemoPhotoArchiveTest {

    private static final List<DemoProduct> PRODUCTS = DemoDataLoader.interleavedByGroup(DemoDataLoader.readProducts());

    @Test
    void the_archive_the_build_writes_holds_exactly_the_drawn_photos_of_every_product(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("photos.zip");
        DemoPhotoArchive.main(new String[] {file.toString()});
        List<List<byte[]>> drawn = DemoDataLoader.photosOf(PRODUCTS);
        Optional<List<List<byte[]>>> kept;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            kept = DemoPhotoArchive.read(PRODUCTS, zip);
        }
        assertThat(kept).isPresent();
        assertThat(kept.get()).hasSameSizeAs(drawn);
        for (int i = 0; i < drawn.size(); i++) {
            assertThat(kept.get().get(i)).hasSameSizeAs(drawn.get(i));
            for (int j = 0; j < drawn.get(i).size(); j++) {
                assertThat(kept.get().get(i).get(j)).as(PRODUCTS.get(i).titleEn() + " " + j).isEqualTo(drawn.get(i).get(j));
            }
        }
    }

    @Test
    void an_archive_of_another_drawing_or_without_a_product_is_not_used() throws IOException {
        List<DemoProduct> two = PRODUCTS.subList(0, 2);
        List<List<byte[]>> photos = List.of(List.of(new byte[] {1}), List.of(new byte[] {2}));
        assertThat(read(two, DemoPhotoArchive.toBytes(two, photos))).isPresent();
        assertThat(read(PRODUCTS.subList(0, 3), DemoPhotoArchive.toBytes(two, photos))).isEmpty();

        ByteArrayOutputStream stale = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(stale);
                ZipInputStream good = new ZipInputStream(new ByteArrayInputStream(DemoPhotoArchive.toBytes(two, photos)))) {
            for (ZipEntry entry = good.getNextEntry(); entry != null; entry = good.getNextEntry()) {
                byte[] data = good.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals("key.txt") ? "an older drawing".getBytes(StandardCharsets.UTF_8) : data);
                zip.closeEntry();
            }
        }
        assertThat(read(two, stale.toByteArray())).isEmpty();
    }

    @Test
    void the_key_names_the_product_list_and_the_drawing_code() {
        assertThat(DemoPhotoArchive.key()).matches("[0-9a-f]{64}").isEqualTo(DemoPhotoArchive.key());
    }

    private static Optional<List<List<byte[]>>> read(List<DemoProduct> products, byte[] archive) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            return DemoPhotoArchive.read(products, zip);
        }
    }
}
