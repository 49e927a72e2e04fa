package id.go.bnn.pasarbersinar;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides before anything starts whether this is the demo or a shop: {@code PASAR_DEMO=true} ({@code pasar.demo.enabled})
 * is the demo, with the embedded H2 database when no database is named; without it the shop needs database settings and
 * refuses to start without them, so that a bare {@code java -jar} never becomes a shop whose administrator's password
 * stands in the README. The switch is written back as plain {@code true} or {@code false}, so that every module reads
 * the same answer. {@code auto}, the old default, is accepted as a deprecated alias of {@code false}.
 */
class DemoSwitch implements EnvironmentPostProcessor, Ordered {

    static final String SWITCH = "pasar.demo.enabled";
    static final String URL = "spring.datasource.url";
    static final String EMBEDDED_URL =
            "jdbc:h2:file:./data/pasar-bersinar;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    private final Log log;

    DemoSwitch(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoSwitch.class);
    }

    /** After the application properties are read (and with them DB_URL and PASAR_DEMO). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = demoWanted(environment.getProperty(SWITCH));
        Map<String, Object> decided = new HashMap<>();
        decided.put(SWITCH, Boolean.toString(demo));
        String url = environment.getProperty(URL);
        if (url == null || url.isBlank()) {
            if (!demo) {
                throw new StartRefused(StartRefused.NO_DATABASE);
            }
            decided.put(URL, EMBEDDED_URL);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("pasarDemoSwitch", decided));
    }

    private boolean demoWanted(String value) {
        String normalized = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "true" -> true;
            case "", "false" -> false;
            case "auto" -> {
                log.warn("pasar.demo.enabled=auto (PASAR_DEMO_DATA=auto) is deprecated and means false now: "
                        + "set PASAR_DEMO=true for the demo, or remove the setting");
                yield false;
            }
            default -> throw new StartRefused("PASAR_DEMO (pasar.demo.enabled) must be true or false, not \"" + value + "\"");
        };
    }
}
