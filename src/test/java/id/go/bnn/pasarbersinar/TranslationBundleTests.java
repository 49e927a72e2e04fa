package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-facing text exists in Indonesian and English, and every key the code asks for exists. */
class TranslationBundleTests {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:shell|identity|producer|catalog|curation|order|payment|payout|reporting|review|message|mail|exhibition)\\.[a-z0-9.-]+)\"");
    private static final Pattern MODULE_PREFIX = Pattern.compile("(shell|identity|producer|catalog|curation|order|payment|payout|reporting|review|message|mail|exhibition)\\..+");

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

    @Test
    void keys_of_one_module_stand_together_in_every_bundle() {
        for (String bundle : List.of("translations.properties", "translations_id.properties", "translations_en.properties")) {
            List<String> lines = readLines("vaadin-i18n/" + bundle);
            assertThat(modulesInTwoPlaces(lines)).as("modules whose keys are scattered in " + bundle).isEmpty();
        }
    }

    @Test
    void a_module_that_comes_back_after_another_is_reported_as_scattered() {
        List<String> lines = List.of(
                "# header", "shell.brand=Pasar", "shell.home=Home \\", "    order.not-a-key=still the value of shell.home",
                "catalog.title=Katalog \\\\", "! comment", "", "catalog.more:Lagi", "order.cart Keranjang",
                "shell.cart=Keranjang");
        assertThat(modulesInTwoPlaces(lines)).containsExactly("shell");
    }

    /**
     * The modules whose keys appear in more than one run of consecutive entries. Reads the file's lines rather than
     * {@link Properties}, which forgets the order; follows its rules for comments, continuations and separators.
     */
    private static Set<String> modulesInTwoPlaces(List<String> lines) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> scattered = new LinkedHashSet<>();
        String current = null;
        boolean continued = false;
        for (String line : lines) {
            String text = line.stripLeading();
            boolean entryStarts = !continued && !text.isEmpty() && text.charAt(0) != '#' && text.charAt(0) != '!';
            if (entryStarts) {
                String key = text.split("(?<!\\\\)[=:\\s]", 2)[0];
                String module = key.substring(0, Math.max(key.indexOf('.'), 0));
                if (!module.equals(current)) {
                    if (!seen.add(module)) {
                        scattered.add(module);
                    }
                    current = module;
                }
            }
            if (entryStarts || continued) {
                continued = trailingBackslashes(line) % 2 == 1;
            }
        }
        return scattered;
    }

    private static int trailingBackslashes(String line) {
        int count = 0;
        while (count < line.length() && line.charAt(line.length() - 1 - count) == '\\') {
            count++;
        }
        return count;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = TranslationBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
