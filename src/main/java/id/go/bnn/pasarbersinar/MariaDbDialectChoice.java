package id.go.bnn.pasarbersinar;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/** On MariaDB through Connector/J, Hibernate gets {@link MariaDbThroughConnectorJDialect}; elsewhere its own choice. */
@Component
class MariaDbDialectChoice implements HibernatePropertiesCustomizer {

    private final DataSource dataSource;

    MariaDbDialectChoice(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if (properties.containsKey("hibernate.dialect")) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            if (mariaDbThroughConnectorJ(metaData.getURL(), metaData.getDatabaseProductVersion())) {
                properties.put("hibernate.dialect", MariaDbThroughConnectorJDialect.class.getName());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    static boolean mariaDbThroughConnectorJ(String url, String version) {
        return url != null && url.startsWith("jdbc:mysql:") && version != null && version.contains("MariaDB");
    }
}
