package id.go.bnn.pasarbersinar;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An empty database of its own for a test context that must start from nothing (two nodes starting on an empty
 * database), on the suite's server: a new in-memory H2, or on MySQL/MariaDB ({@code -Pmysql}) a database beside
 * {@code DB_URL}'s, dropped and created again. Use it from a {@code @DynamicPropertySource}.
 */
public final class FreshDatabase {

    private static final String MYSQL_DEFAULT = "jdbc:mysql://127.0.0.1:3306/pasar_bersinar_test?useUnicode=true&characterEncoding=UTF-8"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    private FreshDatabase() {
    }

    /** Points the context at a new empty database named after {@code name}. */
    public static void register(DynamicPropertyRegistry registry, String name) {
        String url = url(name);
        registry.add("spring.datasource.url", () -> url);
        registry.add("pasar.test.fresh-database", () -> "true");
    }

    static String url(String name) {
        if (!System.getProperty("spring.profiles.active", "").contains("mysql")) {
            return "jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        }
        String shared = System.getenv().getOrDefault("DB_URL", MYSQL_DEFAULT);
        int slash = shared.indexOf('/', shared.indexOf("//") + 2);
        int query = shared.indexOf('?', slash);
        String parameters = query < 0 ? "" : shared.substring(query);
        String database = shared.substring(slash + 1, query < 0 ? shared.length() : query) + "_" + name.replace('-', '_');
        try (Connection connection = DriverManager.getConnection(shared.substring(0, slash + 1) + parameters,
                System.getenv().getOrDefault("DB_USER", "root"), System.getenv().getOrDefault("DB_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database, e);
        }
        return shared.substring(0, slash + 1) + database + parameters;
    }
}
