package id.go.bnn.pasarbersinar.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code pasar.demo.enabled}: {@code auto} (demo data on an embedded H2 database only), {@code true} or {@code false}.
 * {@code pasar.demo.products}: how many generated products a large demo catalog should hold (for benchmarks).
 * {@code pasar.demo.history}: whether the first start also writes six months of demo orders, payments, deliveries and
 * payouts (default true; the test suite switches it off so that its ledger starts empty).
 */
@ConfigurationProperties("pasar.demo")
record DemoProperties(String enabled, int products, Boolean history) {

    @ConstructorBinding
    DemoProperties {
        history = history == null ? Boolean.TRUE : history;
        enabled = enabled == null ? "auto" : enabled.strip().toLowerCase(java.util.Locale.ROOT);
        if (!enabled.equals("auto") && !enabled.equals("true") && !enabled.equals("false")) {
            throw new IllegalArgumentException("pasar.demo.enabled must be auto, true or false, not " + enabled);
        }
        if (products < 0) {
            throw new IllegalArgumentException("pasar.demo.products cannot be negative");
        }
    }

    DemoProperties(String enabled, int products) {
        this(enabled, products, true);
    }

    boolean wanted(String jdbcUrl) {
        return switch (enabled) {
            case "true" -> true;
            case "false" -> false;
            default -> jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
        };
    }
}
