package id.go.bnn.pasarbersinar.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Search understands Indonesian and English, forgives typos, filters, counts, and shows only public products. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSearchTest {

    /** Maluku Utara: no demo group lives there, so this test owns the province's products. */
    static final String MALUKU_UTARA = "82";
    static final Locale ID = LocalizedText.INDONESIAN;

    @Autowired
    ProductSearch search;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    ProducerGroups groups;

    ProductId ikat;
    ProductId pandanBag;
    ProductId batik;
    ProductId baskets;
    ProductId draft;
    ProductId ofHiddenGroup;

    @BeforeAll
    void products_in_maluku_utara() {
        Caller.runAsSystem(this::createProducts);
    }

    private void createProducts() {
        GroupId verified = groups.register(group("Sanggar Halmahera"), false);
        groups.verify(verified);
        GroupId pending = groups.register(group("Sanggar Belum Terverifikasi"), false);
        ikat = approved(verified, "Kain Tenun Ikat Ternate", "Ternate Ikat Cloth", "tenun", 250_000, 3,
                "Kain tenun dari Halmahera, ditenun dengan benang katun.", "Cloth woven on Halmahera from cotton yarn.");
        pandanBag = approved(verified, "Tas Anyaman Pandan", "Pandan Woven Bag", "anyaman", 90_000, 0,
                "Tas dari daun pandan Halmahera.", "A bag of Halmahera pandan leaves.");
        batik = approved(verified, "Batik Tulis Pala", "Hand-Drawn Nutmeg Batik", "batik", 150_000, 5,
                "Batik bermotif buah pala khas Halmahera.", "Batik with the nutmeg of Halmahera.");
        baskets = approved(verified, "Keranjang Rotan", "Rattan Baskets", "anyaman", 60_000, 4,
                "Keranjang rotan Halmahera, bisa dipadukan dengan alas pandan.", "Rattan baskets from Halmahera.");
        draft = listings.create(verified, listing("Kain Tenun Ikat Draf", "Draft Ikat", "tenun", 100_000, 1,
                "Tenun Halmahera.", "Halmahera weaving."), false);
        ofHiddenGroup = approved(pending, "Kain Tenun Tersembunyi", "Hidden Ikat", "tenun", 100_000, 1,
                "Tenun Halmahera.", "Halmahera weaving.");
    }

    @Test
    void indonesian_stemming_finds_tenun_from_tenunan_and_menenun() {
        assertThat(ids("tenunan", inMaluku(), ID)).contains(ikat);
        assertThat(ids("menenun", inMaluku(), ID)).contains(ikat);
        assertThat(ids("tenun", inMaluku(), ID)).containsExactly(ikat);
    }

    @Test
    void english_words_find_english_titles_with_stemming() {
        assertThat(ids("basket", inMaluku(), Locale.ENGLISH)).containsExactly(baskets);
        assertThat(ids("woven", inMaluku(), Locale.ENGLISH)).contains(pandanBag);
    }

    @Test
    void a_typo_finds_the_word_approximately() {
        SearchResults results = search.search("batk", inMaluku(), ID, 0, 10);
        assertThat(results.approximate()).isTrue();
        assertThat(results.cards()).extracting(ProductCard::id).contains(batik);
    }

    @Test
    void a_title_match_ranks_above_a_description_match() {
        assertThat(ids("pandan", inMaluku(), ID)).startsWith(pandanBag).contains(baskets);
    }

    @Test
    void every_word_must_match() {
        assertThat(ids("tas pandan", inMaluku(), ID)).containsExactly(pandanBag);
        assertThat(ids("tas halmahera", inMaluku(), ID)).as("one word in the title, one in the description").containsExactly(pandanBag);
        assertThat(ids("tas kopi", inMaluku(), ID)).isEmpty();
    }

    @Test
    void filters_by_category_price_and_stock() {
        assertThat(ids("halmahera", inMaluku().withCategory("anyaman"), ID)).containsExactlyInAnyOrder(pandanBag, baskets);
        CatalogQuery cheapInStock = new CatalogQuery(null, MALUKU_UTARA, null, null, 100_000L, true, CatalogQuery.Sort.PRICE_ASC);
        assertThat(ids("halmahera", cheapInStock, ID)).containsExactly(baskets);
        CatalogQuery dearFirst = new CatalogQuery(null, MALUKU_UTARA, null, 100_000L, null, false, CatalogQuery.Sort.PRICE_DESC);
        assertThat(ids("halmahera", dearFirst, ID)).containsExactly(ikat, batik);
    }

    @Test
    void counts_results_per_category_and_province() {
        SearchResults results = search.search("halmahera", inMaluku(), ID, 0, 2);
        assertThat(results.total()).isEqualTo(4);
        assertThat(results.cards()).hasSize(2);
        assertThat(results.categoryCounts()).containsExactly(Map.entry("anyaman", 2L), Map.entry("batik", 1L), Map.entry("tenun", 1L));
        assertThat(results.provinceCounts()).containsExactly(Map.entry(MALUKU_UTARA, 4L));
    }

    @Test
    void never_shows_drafts_or_products_of_unverified_groups() {
        List<ProductId> found = ids("halmahera", CatalogQuery.all(), ID);
        assertThat(found).contains(ikat).doesNotContain(draft, ofHiddenGroup);
        assertThat(ids("tersembunyi", CatalogQuery.all(), ID)).isEmpty();
    }

    @Test
    void blank_words_find_nothing() {
        assertThat(search.search("   ", CatalogQuery.all(), ID, 0, 10).cards()).isEmpty();
    }

    private List<ProductId> ids(String words, CatalogQuery filters, Locale locale) {
        return search.search(words, filters, locale, 0, 50).cards().stream().map(ProductCard::id).toList();
    }

    private ProductId approved(GroupId group, String titleId, String titleEn, String category, long price, int stock,
            String descriptionId, String descriptionEn) {
        ProductId id = listings.create(group, listing(titleId, titleEn, category, price, stock, descriptionId, descriptionEn), false);
        reviews.approve(id);
        return id;
    }

    private static NewListing listing(String titleId, String titleEn, String category, long price, int stock,
            String descriptionId, String descriptionEn) {
        return new NewListing(new LocalizedText(titleId, titleEn), new LocalizedText(descriptionId, descriptionEn),
                category, price, 300, NewListing.single(stock), List.of());
    }

    private static NewGroup group(String name) {
        return new NewGroup(name, new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", MALUKU_UTARA, "Kota Ternate",
                null, null, null, null, null, null, null, 8, 2023);
    }

    private static CatalogQuery inMaluku() {
        return new CatalogQuery(null, MALUKU_UTARA, null, null, null, false, CatalogQuery.Sort.RELEVANCE);
    }
}
