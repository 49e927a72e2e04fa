package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupProfileException;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Verification;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A suspended group's products leave the storefront and search at once, nothing is deleted, and lifting brings them back. */
@SpringBootTest
class GroupSuspensionTest {

    static final String KALSEL = "63";

    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    Catalog catalog;
    @Autowired
    ProductSearch search;

    @Test
    void suspension_hides_the_groups_products_from_catalog_and_search_and_lifting_restores_them() {
        var curator = Callers.curator(-6301, KALSEL);
        GroupId group = Callers.as(curator, () -> groups.register(group("Tenun Buton Tangguh"), false));
        Callers.as(curator, () -> groups.verify(group));
        ProductId product = Callers.as(curator, () -> listings.create(group, listing("Sarung Tenun Buton Zamrud"), false));
        Callers.as(Callers.producer(-9502, group.value()), () -> listings.submit(product));
        Callers.as(curator, () -> reviews.approve(product));
        String slug = catalog.cards(List.of(product)).getFirst().slug();
        assertThat(visibleEverywhere(slug, product)).isTrue();

        Callers.as(curator, () -> groups.suspend(group, "Laporan masyarakat sedang diperiksa"));

        assertThat(Callers.as(curator, () -> groups.find(group)).orElseThrow().verification()).isEqualTo(Verification.SUSPENDED);
        assertThat(catalog.findPublic(slug)).isEmpty();
        assertThat(catalog.cards(List.of(product))).isEmpty();
        assertThat(search.search("zamrud", CatalogQuery.all(), Locale.of("id"), 0, 10).cards()).isEmpty();
        assertThat(search.browse(CatalogQuery.all().withGroup(group), 0, 10).total()).isZero();
        assertThat(groups.findPublic(Callers.as(curator, () -> groups.find(group)).orElseThrow().slug())).isEmpty();

        Callers.as(curator, () -> groups.liftSuspension(group));

        assertThat(Callers.as(curator, () -> groups.find(group)).orElseThrow().verification()).isEqualTo(Verification.VERIFIED);
        assertThat(visibleEverywhere(slug, product)).isTrue();
    }

    @Test
    void lifting_the_suspension_of_a_never_verified_group_leaves_it_pending() {
        var curator = Callers.curator(-6302, KALSEL);
        GroupId group = Callers.as(curator, () -> groups.register(group("Anyaman Wakatobi Tertunda"), false));
        Callers.as(curator, () -> groups.suspend(group, "Data anggota belum lengkap"));
        Callers.as(curator, () -> groups.liftSuspension(group));
        assertThat(Callers.as(curator, () -> groups.find(group)).orElseThrow().verification()).isEqualTo(Verification.PENDING);
    }

    @Test
    void refuses_a_suspension_without_reason_a_second_suspension_and_verifying_a_suspended_group() {
        var curator = Callers.curator(-6303, KALSEL);
        GroupId group = Callers.as(curator, () -> groups.register(group("Gerabah Kendari Uji"), false));
        Callers.as(curator, () -> groups.verify(group));

        assertThatThrownBy(() -> Callers.as(curator, () -> groups.suspend(group, "  ")))
                .isInstanceOfSatisfying(GroupProfileException.class, e -> assertThat(e.key()).isEqualTo("producer.error.reason"));
        assertThat(Callers.as(curator, () -> groups.find(group)).orElseThrow().verification()).isEqualTo(Verification.VERIFIED);
        assertThatThrownBy(() -> Callers.as(curator, () -> groups.liftSuspension(group)))
                .isInstanceOfSatisfying(GroupProfileException.class, e -> assertThat(e.key()).isEqualTo("producer.error.not-suspended"));

        Callers.as(curator, () -> groups.suspend(group, "Diperiksa"));
        assertThatThrownBy(() -> Callers.as(curator, () -> groups.suspend(group, "Lagi")))
                .isInstanceOfSatisfying(GroupProfileException.class, e -> assertThat(e.key()).isEqualTo("producer.error.already-suspended"));
        assertThatThrownBy(() -> Callers.as(curator, () -> groups.verify(group)))
                .isInstanceOfSatisfying(GroupProfileException.class, e -> assertThat(e.key()).isEqualTo("producer.error.suspended"));
        assertThat(Callers.as(curator, () -> groups.find(group)).orElseThrow().verification()).isEqualTo(Verification.SUSPENDED);
    }

    private boolean visibleEverywhere(String slug, ProductId product) {
        return catalog.findPublic(slug).isPresent() && catalog.cards(List.of(product)).size() == 1
                && search.search("zamrud", CatalogQuery.all(), Locale.of("id"), 0, 10).cards().stream()
                        .anyMatch(card -> card.id().equals(product));
    }

    static NewGroup group(String name) {
        return new NewGroup(name, new LocalizedText("Cerita " + name + ".", null), "KAWASAN_RAWAN", KALSEL, "Kota Banjarmasin", null,
                "Kelurahan Uji", null, null, null, null, null, 4, 2021);
    }

    static NewListing listing(String title) {
        return new NewListing(new LocalizedText(title, null), new LocalizedText("Tenunan tangan.", null), "tenun", 250_000, 400,
                NewListing.single(2), List.of());
    }
}
