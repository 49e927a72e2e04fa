package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-facing text exists in Indonesian and English, and every key the code asks for exists. */
class TranslationBundleTests {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:shell|identity|producer|catalog|curation|order|payment|payout|reporting|mail)\\.[a-z0-9.-]+)\"");
    private static final Pattern MODULE_PREFIX = Pattern.compile("(shell|identity|producer|catalog|curation|order|payment|payout|reporting|mail)\\..+");

    @Test
    void indonesian_and_english_have_the_same_keys() {
        Properties id = load("vaadin-i18n/translations_id.properties");
        Properties en = load("vaadin-i18n/translations_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys of the English bundle")
                .isEqualTo(new TreeSet<>(id.stringPropertyNames()));
        assertThat(id.stringPropertyNames()).allSatisfy(key -> {
            assertThat(key).as("key prefixed by its module").matches(MODULE_PREFIX);
            assertThat(id.getProperty(key)).as("Indonesian text of " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("English text of " + key).isNotBlank();
        });
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Properties id = load("vaadin-i18n/translations_id.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(id).as("translation of " + key).containsKey(key));
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
