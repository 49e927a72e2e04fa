package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import javax.sql.DataSource;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Hibernate's row locks (Hibernate Search's outbox takes its events with one) work on the suite's database. */
@SpringBootTest
class MariaDbDialectChoiceTest {

    @Autowired
    EntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;

    @Test
    void mariadb_through_connector_j_is_told_apart_from_mysql() {
        assertThat(MariaDbDialectChoice.mariaDbThroughConnectorJ("jdbc:mysql://db:3306/shop", "5.5.5-10.11.6-MariaDB-0+deb12u1")).isTrue();
        assertThat(MariaDbDialectChoice.mariaDbThroughConnectorJ("jdbc:mysql://db:3306/shop", "8.0.36")).isFalse();
        assertThat(MariaDbDialectChoice.mariaDbThroughConnectorJ("jdbc:mariadb://db:3306/shop", "10.11.6-MariaDB")).isFalse();
        assertThat(MariaDbDialectChoice.mariaDbThroughConnectorJ("jdbc:h2:mem:shop", "2.3.232")).isFalse();
    }

    @Test
    void a_skip_locked_row_lock_as_the_search_outbox_takes_it_runs_on_this_database() throws Exception {
        Dialect dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        try (Connection connection = dataSource.getConnection()) {
            boolean mariaDb = MariaDbDialectChoice.mariaDbThroughConnectorJ(connection.getMetaData().getURL(),
                    connection.getMetaData().getDatabaseProductVersion());
            assertThat(dialect instanceof MariaDbThroughConnectorJDialect).isEqualTo(mariaDb);
        }

        Integer found = transaction.execute(tx -> entityManager.createQuery("select p from Product p where p.id < 0")
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList().size());

        assertThat(found).isZero();
    }
}
