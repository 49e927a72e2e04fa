package id.go.bnn.pasarbersinar.catalog.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operators' command that moves pictures' bytes: {@code java -jar pasar-bersinar.jar --pasar.storage.migrate=to-s3}
 * (or {@code to-database}) starts the shop, moves every picture still in the other place with its progress in the log,
 * and exits: 0 when all moved, 1 when some could not be (run it again to go on), 2 for an unknown direction.
 */
@Component
class ImageStorageCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImageStorageCommand.class);

    private final ImageStorageMigration migration;
    private final ConfigurableApplicationContext context;
    private final String direction;

    ImageStorageCommand(ImageStorageMigration migration, ConfigurableApplicationContext context,
            @Value("${pasar.storage.migrate:}") String direction) {
        this.migration = migration;
        this.context = context;
        this.direction = direction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (direction.isBlank()) {
            return;
        }
        int code = migrate(direction.strip());
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Moves the pictures and answers the exit code. */
    int migrate(String direction) {
        try {
            ImageStorageMigration.Outcome outcome = switch (direction) {
                case "to-s3" -> migration.toS3();
                case "to-database" -> migration.toDatabase();
                default -> null;
            };
            if (outcome == null) {
                log.error("pasar.storage.migrate must be to-s3 or to-database, not '{}'", direction);
                return 2;
            }
            return outcome.missing() == 0 ? 0 : 1;
        } catch (IllegalStateException e) {
            log.error(e.getMessage());
            return 2;
        } catch (ImageBytes.ImageBytesUnavailable e) {
            log.error("The move stopped: {}. What was moved stays moved; run the same command again to go on.", e.getMessage());
            return 1;
        }
    }
}
