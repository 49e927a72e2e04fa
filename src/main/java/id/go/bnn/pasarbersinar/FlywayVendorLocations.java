package id.go.bnn.pasarbersinar;

import java.util.Arrays;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Spring Boot turns {@code db/vendor/{vendor}} into {@code db/vendor/mariadb} for a {@code jdbc:mariadb:} URL and into
 * {@code db/vendor/mysql} for {@code jdbc:mysql:}, although both reach the same servers with the same SQL. MariaDB
 * therefore reads the MySQL folder, so that each vendor-specific migration exists once and no URL kind misses one.
 */
@Component
class FlywayVendorLocations implements FlywayConfigurationCustomizer {

    static final String MARIADB_FOLDER = "db/vendor/mariadb";
    static final String MYSQL_FOLDER = "db/vendor/mysql";

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.locations(Arrays.stream(configuration.getLocations()).map(FlywayVendorLocations::sameSqlAsMysql).toArray(Location[]::new));
    }

    static Location sameSqlAsMysql(Location location) {
        String descriptor = location.getDescriptor();
        return descriptor.endsWith(MARIADB_FOLDER)
                ? new Location(descriptor.substring(0, descriptor.length() - MARIADB_FOLDER.length()) + MYSQL_FOLDER)
                : location;
    }
}
