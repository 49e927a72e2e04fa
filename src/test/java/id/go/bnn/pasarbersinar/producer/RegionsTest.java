package id.go.bnn.pasarbersinar.producer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class RegionsTest {

    @Autowired
    Regions regions;

    @Test
    void knows_all_38_provinces_by_their_official_codes() {
        assertThat(regions.provinces()).hasSize(38);
        assertThat(regions.provinces()).extracting(Province::code).doesNotHaveDuplicates().allMatch(code -> code.matches("\\d{2}"));
        assertThat(regions.provinceName("53")).isEqualTo("Nusa Tenggara Timur");
        assertThat(regions.provinceName("36")).isEqualTo("Banten");
        assertThat(regions.provinceName("31")).isEqualTo("DKI Jakarta");
        assertThat(regions.provinceName("96")).isEqualTo("Papua Barat Daya");
        assertThat(regions.province("99")).isEmpty();
    }

    @Test
    void knows_the_three_programmes_in_both_languages() {
        assertThat(regions.programmes()).extracting(Programme::code)
                .containsExactly("KAWASAN_RAWAN", "PASCA_REHABILITASI", "PEMBERDAYAAN_ALTERNATIF");
        assertThat(regions.programmes()).allSatisfy(programme -> {
            assertThat(programme.name().id()).isNotBlank();
            assertThat(programme.name().en()).isNotBlank();
        });
    }
}
