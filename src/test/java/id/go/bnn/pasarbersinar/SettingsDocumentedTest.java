package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every setting the shop reads is in docs/configuration.md: the environment variables and {@code pasar.*} properties
 * of the application properties, and the {@code pasar.*} properties the code reads itself ({@code @Value},
 * {@code getProperty}).
 */
class SettingsDocumentedTest {

    private static final Pattern ENV_IN_PROPERTIES = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]");
    private static final Pattern PROPERTY_KEY = Pattern.compile("^\\s*(pasar\\.[a-z0-9.-]+)\\s*=", Pattern.MULTILINE);
    private static final Pattern PROPERTY_IN_CODE =
            Pattern.compile("(?:\\$\\{|getProperty\\(\")(pasar\\.[a-z0-9.-]*[a-z0-9])");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    @Test
    void every_setting_read_by_the_shop_is_in_the_configuration_page() {
        Set<String> documented = documented();
        Set<String> read = new TreeSet<>();
        for (Path properties : files(Path.of("src/main/resources"), ".properties")) {
            if (properties.toString().contains("vaadin-i18n")) {
                continue;
            }
            String text = read(properties);
            collect(ENV_IN_PROPERTIES, text, read);
            collect(PROPERTY_KEY, text, read);
        }
        for (Path source : files(Path.of("src/main/java"), ".java")) {
            collect(PROPERTY_IN_CODE, read(source), read);
        }
        assertThat(read).as("settings the shop reads").isNotEmpty().contains("DB_URL", "pasar.payout.minimum");
        assertThat(read).as("settings missing from docs/configuration.md").allSatisfy(setting ->
                assertThat(documented).as(setting).contains(setting));
    }

    private static Set<String> documented() {
        Set<String> names = new TreeSet<>();
        Matcher span = CODE_SPAN.matcher(read(Path.of("docs/configuration.md")));
        while (span.find()) {
            for (String part : span.group(1).split(",")) {
                names.add(part.strip());
            }
        }
        return names;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Set<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
