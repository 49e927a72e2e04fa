package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Staff create, order, fill and feature collections; bad input is refused with its message and changes nothing. */
@SpringBootTest
class CollectionsTest {

    static final String BENGKULU = "17";

    @Autowired
    Collections collections;
    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;

    final Caller curator = Callers.curator(-1701, BENGKULU);

    @Test
    void a_curator_fills_orders_and_features_a_collection() {
        ProductId product = approvedProduct("Kain Besurek Koleksi Uji");
        long first = Callers.as(curator, () -> collections.create(new LocalizedText("Besurek Pilihan Uji", "Chosen Besurek"),
                new LocalizedText("Batik Bengkulu.", null), false, List.of(), false));
        long second = Callers.as(curator, () -> collections.create(new LocalizedText("Besurek Kedua Uji", null),
                new LocalizedText(null, null), false, List.of(), false));

        Callers.as(curator, () -> collections.addProduct(first, "https://pasar.example/produk/kain-besurek-koleksi-uji"));
        Callers.as(curator, () -> collections.feature(first, true));
        Callers.as(curator, () -> collections.move(second, -1));

        List<CollectionSummary> all = Callers.as(curator, () -> collections.listForStaff());
        assertThat(all.stream().map(CollectionSummary::id).filter(id -> id == first || id == second)).containsExactly(second, first);
        CollectionSummary filled = all.stream().filter(c -> c.id() == first).findFirst().orElseThrow();
        assertThat(filled.featured()).isTrue();
        assertThat(filled.products()).containsExactly(product);
        assertThat(collections.featured()).extracting(CollectionSummary::id).contains(first);

        Callers.as(curator, () -> collections.removeProduct(first, product));
        assertThat(collections.find(filled.slug()).orElseThrow().products()).isEmpty();
        // The home page shows only featured collections with products (DemoDataTest holds the shop to that).
        Callers.as(curator, () -> collections.feature(first, false));
        assertThat(collections.featured()).extracting(CollectionSummary::id).doesNotContain(first);
    }

    @Test
    void bad_input_is_refused_with_its_message_and_changes_nothing() {
        ProductId product = approvedProduct("Kain Besurek Salah Uji");
        ProductId draft = Callers.as(curator, () -> listings.create(groupOf(), listing("Kain Besurek Draf Uji"), false));
        long count = collections.count();
        refused(() -> collections.create(new LocalizedText("  ", "Title"), new LocalizedText(null, null), false, List.of(), false),
                "catalog.collection.error.title-required");
        refused(() -> collections.create(new LocalizedText("x".repeat(161), null), new LocalizedText(null, null), false, List.of(), false),
                "catalog.collection.error.title-too-long");
        refused(() -> collections.create(new LocalizedText("Panjang", null), new LocalizedText("x".repeat(2001), null), false, List.of(),
                false), "catalog.collection.error.description-too-long");
        assertThat(collections.count()).isEqualTo(count);

        long id = Callers.as(curator, () -> collections.create(new LocalizedText("Besurek Benar Uji", null), new LocalizedText(null, null),
                false, List.of(), false));
        refused(() -> collections.addProduct(id, "/produk/tidak-ada-produk-ini"), "catalog.collection.error.no-product");
        refused(() -> collections.addProduct(id, "</script><img src=x onerror=alert(1)>"), "catalog.collection.error.no-product");
        refused(() -> collections.addProduct(id, "kain-besurek-draf-uji"), "catalog.collection.error.not-public");
        Callers.as(curator, () -> collections.addProduct(id, "kain-besurek-salah-uji"));
        refused(() -> collections.addProduct(id, "kain-besurek-salah-uji"), "catalog.collection.error.already-in");
        refused(() -> collections.removeProduct(id, draft), "catalog.collection.error.not-in");
        refused(() -> collections.feature(-42, true), "catalog.collection.error.no-collection");
        refused(() -> collections.describe(id, new LocalizedText("", null), new LocalizedText(null, null)),
                "catalog.collection.error.title-required");

        CollectionSummary after = Callers.as(curator, () -> collections.listForStaff()).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow();
        assertThat(after.products()).containsExactly(product);
        assertThat(after.title().id()).isEqualTo("Besurek Benar Uji");
    }

    private void refused(Runnable call, String key) {
        assertThatThrownBy(() -> Callers.as(curator, call))
                .isInstanceOfSatisfying(CollectionException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private GroupId group;

    private GroupId groupOf() {
        if (group == null) {
            group = Callers.as(curator, () -> groups.register(new NewGroup("Besurek Bengkulu Uji " + System.nanoTime(),
                    new LocalizedText("Cerita.", null), "KAWASAN_RAWAN", BENGKULU, "Kota Bengkulu", null, null, null, null, null, null,
                    null, 3, 2020), false));
            Callers.as(curator, () -> groups.verify(group));
        }
        return group;
    }

    private ProductId approvedProduct(String title) {
        GroupId owner = groupOf();
        ProductId id = Callers.as(curator, () -> listings.create(owner, listing(title), false));
        Callers.as(Callers.producer(-9501, owner.value()), () -> listings.submit(id));
        Callers.as(curator, () -> reviews.approve(id));
        return id;
    }

    static NewListing listing(String title) {
        return new NewListing(new LocalizedText(title, null), new LocalizedText("Batik besurek.", null), "batik", 300_000, 300,
                NewListing.single(3), List.of());
    }
}
