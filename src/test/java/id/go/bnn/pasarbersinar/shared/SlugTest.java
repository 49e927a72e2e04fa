package id.go.bnn.pasarbersinar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void derives_readable_slugs_from_titles() {
        assertThat(Slug.from("Kain Tenun Futus Belu").value()).isEqualTo("kain-tenun-futus-belu");
        assertThat(Slug.from("  Tas & Clutch: Édition (2025)!  ").value()).isEqualTo("tas-clutch-edition-2025");
        assertThat(Slug.from("!!!").value()).isEqualTo("item");
    }

    @Test
    void keeps_long_titles_within_the_limit() {
        Slug slug = Slug.from("tenun ".repeat(60));
        assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-");
        assertThat(slug.withSuffix(12).value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).endsWith("-12");
    }

    @Test
    void numbers_a_slug_past_those_already_taken() {
        java.util.Set<String> taken = java.util.Set.of("tenun-ikat", "tenun-ikat-2");
        assertThat(Slug.unique("Tenun Ikat", taken::contains).value()).isEqualTo("tenun-ikat-3");
        assertThat(Slug.unique("Batik", taken::contains).value()).isEqualTo("batik");
    }

    @Test
    void rejects_anything_that_is_not_a_slug() {
        assertThat(Slug.isValid("kain-tenun")).isTrue();
        assertThat(Slug.isValid("../etc/passwd")).isFalse();
        assertThat(Slug.isValid("Kain Tenun")).isFalse();
        assertThat(Slug.isValid(null)).isFalse();
        assertThatThrownBy(() -> new Slug("a--b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void picks_the_visitors_language_and_falls_back_to_indonesian() {
        LocalizedText text = new LocalizedText("Tenun ikat", "Ikat weaving");
        assertThat(text.in(LocalizedText.ENGLISH)).isEqualTo("Ikat weaving");
        assertThat(text.in(LocalizedText.INDONESIAN)).isEqualTo("Tenun ikat");
        assertThat(new LocalizedText("Tenun ikat", " ").in(LocalizedText.ENGLISH)).isEqualTo("Tenun ikat");
    }
}
