package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default: no bucket, so the operators' move refuses with a message and a start without it does nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImageStorageCommandTest {

    @Autowired
    ImageStorageCommand command;
    @Autowired
    ImageStorage storage;

    @Test
    void without_a_bucket_new_pictures_stay_in_the_database_and_the_move_refuses() {
        assertThat(storage.s3()).isEmpty();
        assertThat(storage.forNewPictures().storedIn()).isEqualTo(ImageBytes.StoredIn.DATABASE);
        assertThat(command.migrate("to-s3")).isEqualTo(2);
        assertThat(command.migrate("to-database")).isEqualTo(2);
        assertThat(command.migrate("sideways")).isEqualTo(2);
    }

    @Test
    void a_start_without_the_setting_moves_nothing_and_goes_on() {
        // It returns (System.exit would end this JVM).
        command.run(new DefaultApplicationArguments());
    }
}
