package id.go.bnn.pasarbersinar.demo;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wraps the shop's clock in a {@link DemoHistoryClock} where the demo order history will be written (demo data wanted
 * on the embedded database and {@code pasar.demo.history} on), so that the history's orders, events and ledger postings carry their dates in
 * the past through the real services. Anywhere else (a real database, no {@code PASAR_DEMO=true},
 * {@code pasar.demo.history=false}) nothing is wrapped and every service keeps the plain clock.
 */
@Configuration(proxyBeanMethods = false)
class DemoHistoryClockConfiguration {

    @Bean
    static BeanPostProcessor demoHistoryClockWrapper(Environment environment) {
        boolean wanted = historyWanted(environment);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return wanted && bean instanceof Clock clock && !(bean instanceof DemoHistoryClock) ? new DemoHistoryClock(clock) : bean;
            }
        };
    }

    /** The same decision as {@link DemoProperties#createsAccounts}, from the settings (the database is not open yet). */
    static boolean historyWanted(Environment environment) {
        if (!environment.getProperty("pasar.demo.history", Boolean.class, true)) {
            return false;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        DemoProperties properties = new DemoProperties(environment.getProperty("pasar.demo.enabled", Boolean.class, false), 0, true);
        // The history needs the demo accounts (its staff run and approve payouts), which exist on H2 only.
        return properties.createsAccounts(url);
    }
}
