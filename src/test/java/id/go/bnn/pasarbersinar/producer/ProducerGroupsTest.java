package id.go.bnn.pasarbersinar.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class ProducerGroupsTest extends SignedInAsAdministrator {

    @Test
    void a_new_group_stays_hidden_until_verified() {
        GroupId id = groups.register(group("Kelompok Uji Sembunyi", "53"), false);
        String slug = groups.find(id).orElseThrow().slug();
        assertThat(groups.findPublic(slug)).isEmpty();
        assertThat(groups.listPublic()).extracting(GroupSummary::id).doesNotContain(id);

        groups.verify(id);

        assertThat(groups.findPublic(slug)).get().extracting(GroupSummary::provinceName).isEqualTo("Nusa Tenggara Timur");
    }

    @Test
    void two_groups_of_the_same_name_get_distinct_slugs() {
        GroupId first = groups.register(group("Kelompok Kembar", "36"), false);
        GroupId second = groups.register(group("Kelompok Kembar", "36"), false);
        assertThat(groups.find(first).orElseThrow().slug()).isEqualTo("kelompok-kembar");
        assertThat(groups.find(second).orElseThrow().slug()).isEqualTo("kelompok-kembar-2");
    }

    @Test
    void rejects_bad_input_and_stores_nothing() {
        long before = groups.count();
        assertThatThrownBy(() -> groups.register(group("Kelompok Tanpa Provinsi", "99"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("province");
        assertThatThrownBy(() -> groups.register(group("", "53"), false)).isInstanceOf(ConstraintViolationException.class);
        assertThat(groups.count()).isEqualTo(before);
    }

    @Test
    void unknown_or_malformed_slugs_find_nothing() {
        assertThat(groups.findPublic("tidak-ada")).isEmpty();
        assertThat(groups.findPublic("../../etc")).isEmpty();
    }

    static NewGroup group(String name, String province) {
        return new NewGroup(name, new LocalizedText("Cerita kelompok.", "The group's story."), "KAWASAN_RAWAN", province,
                "Kota Kupang", null, null, null, null, null, null, null, 10, 2024);
    }
}
