package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The public catalog shows approved products of verified groups only, filtered and sorted as the storefront asks ({@link ProductSearch#browse}). */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogTest {

    /** Gorontalo: no demo group lives there, so this test owns the province's catalog. */
    static final String GORONTALO = "75";

    @Autowired
    ProductSearch search;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    ProducerGroups groups;

    ProductId cheapInStock;
    ProductId dearSoldOut;
    ProductId draft;
    ProductId ofHiddenGroup;

    @BeforeAll
    void products_in_gorontalo() {
        Caller.runAsSystem(this::createProducts);
    }

    /** A curator of Gorontalo, who may create and approve listings there. */
    @BeforeEach
    void sign_in_as_curator_of_gorontalo() {
        Callers.signIn(Callers.curator(-75, GORONTALO));
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private void createProducts() {
        GroupId verified = groups.register(group("Karawo Gorontalo"), false);
        groups.verify(verified);
        GroupId pending = groups.register(group("Kelompok Belum Diverifikasi"), false);
        cheapInStock = approved(verified, "Sulaman Karawo Kecil", "batik", 60_000, 5);
        dearSoldOut = approved(verified, "Kain Karawo Besar", "tenun", 900_000, 0);
        draft = listings.create(verified, listing("Karawo Draf", "tenun", 100_000, 3), false);
        ofHiddenGroup = approved(pending, "Karawo Tersembunyi", "tenun", 100_000, 3);
    }

    @Test
    void shows_only_approved_products_of_verified_groups() {
        List<ProductId> shown = ids(page(inGorontalo(), 0, 50));
        assertThat(shown).containsExactlyInAnyOrder(cheapInStock, dearSoldOut);
        assertThat(total(inGorontalo())).isEqualTo(2);
    }

    @Test
    void filters_by_category_price_and_stock() {
        assertThat(ids(page(inGorontalo().withCategory("tenun"), 0, 50))).containsExactly(dearSoldOut);
        CatalogQuery underRp100k = new CatalogQuery(null, GORONTALO, null, null, 100_000L, false, CatalogQuery.Sort.NEWEST);
        assertThat(ids(page(underRp100k, 0, 50))).containsExactly(cheapInStock);
        CatalogQuery inStock = new CatalogQuery(null, GORONTALO, "KAWASAN_RAWAN", null, null, true, CatalogQuery.Sort.NEWEST);
        assertThat(ids(page(inStock, 0, 50))).containsExactly(cheapInStock);
        assertThat(total(inStock)).isEqualTo(1);
    }

    @Test
    void sorts_by_price_both_ways_and_pages() {
        CatalogQuery cheapestFirst = new CatalogQuery(null, GORONTALO, null, null, null, false, CatalogQuery.Sort.PRICE_ASC);
        assertThat(ids(page(cheapestFirst, 0, 50))).containsExactly(cheapInStock, dearSoldOut);
        CatalogQuery dearestFirst = new CatalogQuery(null, GORONTALO, null, null, null, false, CatalogQuery.Sort.PRICE_DESC);
        assertThat(ids(page(dearestFirst, 0, 1))).containsExactly(dearSoldOut);
        assertThat(ids(page(dearestFirst, 1, 1))).containsExactly(cheapInStock);
    }

    @Test
    void cards_carry_group_province_and_formatted_price() {
        ProductCard card = page(inGorontalo().withCategory("batik"), 0, 1).getFirst();
        assertThat(card.groupName()).isEqualTo("Karawo Gorontalo");
        assertThat(card.provinceName()).isEqualTo("Gorontalo");
        assertThat(card.price().format()).isEqualTo("Rp 60.000");
        assertThat(card.url()).startsWith("/produk/sulaman-karawo-kecil");
        assertThat(card.inStock()).isTrue();
    }

    @Test
    void rejects_an_invalid_listing_and_stores_nothing() {
        GroupId group = groups.register(group("Karawo Penolakan"), false);
        long before = total(CatalogQuery.all());
        assertThatThrownBy(() -> listings.create(group, listing("Harga Nol", "tenun", 0, 1), false))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> listings.create(group, listing("Kategori Asing", "senjata", 10_000, 1), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category");
        assertThat(total(CatalogQuery.all())).isEqualTo(before);
    }

    @Test
    void listings_created_in_one_go_get_the_slugs_that_one_by_one_would() {
        GroupId group = groups.register(group("Karawo Sekaligus"), false);
        ProductId first = listings.create(group, listing("Karawo Sekaligus Uji", "tenun", 50_000, 1), false);
        ProductId numbered = listings.create(group, listing("Karawo Sekaligus Uji", "tenun", 50_000, 1), false);
        List<ProductId> created = listings.create(List.of(
                new Listings.ForGroup(group, listing("Karawo Sekaligus Uji", "tenun", 50_000, 1)),
                new Listings.ForGroup(group, listing("Karawo Sekaligus Lain", "batik", 60_000, 2)),
                new Listings.ForGroup(group, listing("Karawo Sekaligus Lain", "batik", 60_000, 2)),
                new Listings.ForGroup(group, listing("Karawo Sekaligus Uji", "tenun", 50_000, 1))), false);
        assertThat(List.of(first, numbered).stream().map(id -> listings.find(id).slug()))
                .containsExactly("karawo-sekaligus-uji", "karawo-sekaligus-uji-2");
        assertThat(created.stream().map(id -> listings.find(id).slug())).containsExactly("karawo-sekaligus-uji-3",
                "karawo-sekaligus-lain", "karawo-sekaligus-lain-2", "karawo-sekaligus-uji-4");
        assertThat(created.stream().map(id -> listings.find(id).status())).containsOnly(ListingStatus.DRAFT);
    }

    @Test
    void listings_created_in_one_go_are_checked_like_one() {
        GroupId group = groups.register(group("Karawo Sekaligus Tolak"), false);
        long before = total(CatalogQuery.all());
        assertThatThrownBy(() -> listings.create(List.of(new Listings.ForGroup(group, listing("Harga Nol Sekaligus", "tenun", 0, 1))), false))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(total(CatalogQuery.all())).isEqualTo(before);
    }

    private ProductId approved(GroupId group, String title, String category, long price, int stock) {
        ProductId id = listings.create(group, listing(title, category, price, stock), false);
        reviews.approve(id);
        return id;
    }

    private static NewListing listing(String title, String category, long price, int stock) {
        return new NewListing(new LocalizedText(title, title + " (en)"), new LocalizedText("Deskripsi.", "Description."),
                category, price, 300, NewListing.single(stock), List.of());
    }

    private static NewGroup group(String name) {
        return new NewGroup(name, new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", GORONTALO, "Kota Gorontalo",
                null, null, null, null, null, null, null, 8, 2023);
    }

    private static CatalogQuery inGorontalo() {
        return CatalogQuery.all().withProvince(GORONTALO);
    }

    private List<ProductCard> page(CatalogQuery query, int offset, int limit) {
        return search.browse(query, offset, limit).cards();
    }

    private long total(CatalogQuery query) {
        return search.browse(query, 0, 1).total();
    }

    private static List<ProductId> ids(List<ProductCard> cards) {
        return cards.stream().map(ProductCard::id).toList();
    }
}
