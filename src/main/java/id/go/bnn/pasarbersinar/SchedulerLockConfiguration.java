package id.go.bnn.pasarbersinar;

import id.go.bnn.pasarbersinar.shared.StartUpLock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs (expiring stock reservations, confirming deliveries, payout runs) run on every app node; a lock row
 * in the shared database lets exactly one node do each run. Jobs add {@code @SchedulerLock(name = …)}. Time is the
 * database's, so nodes with drifting clocks still agree. Start-up work that must happen once takes the same rows through
 * {@link StartUpLock}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

    @Bean
    JdbcTemplateLockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** The same lock rows for start-up work that must happen once across nodes (the demo data, the first link). */
    @Bean
    StartUpLock startUpLock(JdbcTemplateLockProvider lockProvider) {
        return new StartUpLock(lockProvider);
    }
}
