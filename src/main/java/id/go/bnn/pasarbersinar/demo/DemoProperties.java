package id.go.bnn.pasarbersinar.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code pasar.demo.enabled} ({@code PASAR_DEMO}): the demo switch, off unless set to {@code true} (the application's
 * DemoSwitch has already turned the deprecated {@code auto} into {@code false}).
 * {@code pasar.demo.products}: how many generated products a large demo catalog should hold (for benchmarks).
 * {@code pasar.demo.history}: whether the first start also writes six months of demo orders, payments, deliveries and
 * payouts (default true; the test suite switches it off so that its ledger starts empty).
 */
@ConfigurationProperties("pasar.demo")
record DemoProperties(boolean enabled, int products, Boolean history) {

    @ConstructorBinding
    DemoProperties {
        history = history == null ? Boolean.TRUE : history;
        if (products < 0) {
            throw new IllegalArgumentException("pasar.demo.products cannot be negative");
        }
    }

    DemoProperties(boolean enabled, int products) {
        this(enabled, products, true);
    }

    /** Demo groups, products and collections: with the switch only, on whatever database it names. */
    boolean loadsData() {
        return enabled;
    }

    /**
     * The demo accounts, whose passwords and authenticator secrets are public: with the switch and on the embedded
     * database only, so that a real database never holds them whatever the settings say.
     */
    boolean createsAccounts(String jdbcUrl) {
        return enabled && DemoAccounts.allowedOn(jdbcUrl);
    }
}
