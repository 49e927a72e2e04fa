package id.go.bnn.pasarbersinar;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Every test run starts from an empty schema, on H2 and on MySQL alike: the first application context of the JVM
 * cleans the database before migrating it; later contexts share what it built. A context on a {@link FreshDatabase} of
 * its own only migrates it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class TestDatabaseConfiguration {

    private static final AtomicBoolean cleaned = new AtomicBoolean();

    // A context on a database of its own (FreshDatabase) migrates it and leaves the cleaning to the shared one.
    @Bean
    FlywayMigrationStrategy cleanOncePerTestRun(@Value("${pasar.test.fresh-database:false}") boolean freshDatabase) {
        return flyway -> {
            if (!freshDatabase && cleaned.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
