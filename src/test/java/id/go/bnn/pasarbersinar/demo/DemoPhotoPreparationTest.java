package id.go.bnn.pasarbersinar.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.InvalidImageException;
import id.go.bnn.pasarbersinar.demo.DemoDataLoader.DemoProduct;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo photos drawn and cleaned ahead are exactly what storing the drawn photos would keep. */
@SpringBootTest
class DemoPhotoPreparationTest {

    @Autowired
    Images images;

    @Test
    void prepared_photos_are_the_drawn_photos_cleaned_by_the_same_rules_as_a_store() {
        List<DemoProduct> products = DemoDataLoader.interleavedByGroup(DemoDataLoader.readProducts()).subList(0, 3);
        List<List<Images.Prepared>> prepared = DemoPhotoPreparation.photosOf(products);
        List<List<byte[]>> drawn = DemoDataLoader.photosOf(products);
        assertThat(prepared).hasSameSizeAs(drawn);
        for (int i = 0; i < drawn.size(); i++) {
            assertThat(prepared.get(i)).hasSameSizeAs(drawn.get(i));
            for (int j = 0; j < drawn.get(i).size(); j++) {
                byte[] photo = drawn.get(i).get(j);
                ImageRef stored = Caller.runAsSystem(() -> images.store(photo));
                assertThat(prepared.get(i).get(j).hash()).isEqualTo(stored.hash());
                Images.Prepared again = prepared.get(i).get(j);
                assertThat(Caller.runAsSystem(() -> images.store(again))).isEqualTo(stored);
            }
        }
    }

    @Test
    void a_damaged_picture_is_refused_when_prepared_as_when_stored() {
        assertThatThrownBy(() -> Images.prepare(new byte[] {1, 2, 3})).isInstanceOf(InvalidImageException.class);
    }

    @Test
    void photos_are_drawn_ahead_only_on_the_first_start_of_an_embedded_file_database(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("pasar-bersinar") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        assertThat(DemoPhotoPreparation.firstStartOn(url)).isTrue();
        Files.writeString(dir.resolve("pasar-bersinar.mv.db"), "");
        assertThat(DemoPhotoPreparation.firstStartOn(url)).isFalse();
        assertThat(DemoPhotoPreparation.firstStartOn("jdbc:h2:mem:pasar;MODE=MySQL")).isFalse();
        assertThat(DemoPhotoPreparation.firstStartOn("jdbc:mysql://127.0.0.1:3306/pasar")).isFalse();
        assertThat(DemoPhotoPreparation.firstStartOn("jdbc:h2:file:~/pasar")).isFalse();
        assertThat(DemoPhotoPreparation.firstStartOn(null)).isFalse();
    }
}
