package id.go.bnn.pasarbersinar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.ProductSearch;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shell.ShopStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoDataTest {

    @Autowired
    ProducerGroups groups;
    @Autowired
    Catalog catalog;
    @Autowired
    ProductSearch search;
    @Autowired
    Collections collections;
    @Autowired
    Images images;
    @Autowired
    ShopStatus status;

    @Test
    void demo_groups_come_from_the_seed_articles_and_span_six_provinces() {
        List<GroupSummary> demo = groups.listPublic().stream().filter(GroupSummary::demo).toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(8);
        assertThat(demo.stream().map(GroupSummary::provinceCode).distinct()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(demo).extracting(GroupSummary::name)
                .contains("Penjahit Tenun Fatululi", "UMKM TKP Jaya", "Galeri Batik Pinang", "Ratu Eceng");
        assertThat(demo).extracting(GroupSummary::village)
                .contains("Kelurahan Fatululi", "Kelurahan Pandegiling", "Kelurahan Olo", "Kelurahan Parupuk Tabing",
                        "Kelurahan Polonia", "Desa Kenebibi");
    }

    @Test
    void at_least_60_demo_products_in_both_languages_with_realistic_prices_and_pictures() throws IOException {
        List<ProductCard> products = demoCards();
        assertThat(products).hasSizeGreaterThanOrEqualTo(60);
        assertThat(products).allSatisfy(product -> {
            assertThat(product.title().id()).isNotBlank();
            assertThat(product.title().en()).isNotBlank().isNotEqualTo(product.title().id());
            assertThat(product.price().rupiah()).isBetween(10_000L, 5_000_000L);
            assertThat(product.coverImage()).isNotNull();
        });
        byte[] picture = images.load(products.getFirst().coverImage()).orElseThrow().data();
        assertThat(ImageIO.read(new ByteArrayInputStream(picture)).getWidth()).isEqualTo(DemoPictures.SIZE);
    }

    @Test
    void every_demo_product_shows_its_own_cover_and_a_gallery_of_two_or_three_photos() {
        List<ProductCard> products = demoCards();
        assertThat(products.stream().map(ProductCard::coverImage).distinct()).hasSameSizeAs(products);
        assertThat(products).allSatisfy(product -> assertThat(catalog.findPublic(product.slug()).orElseThrow().photos())
                .hasSizeBetween(2, 3)
                .allSatisfy(photo -> assertThat(photo.image().width()).isEqualTo(DemoPictures.SIZE)));
    }

    @Test
    void curated_collections_are_featured_and_the_shop_says_it_shows_demo_data() {
        assertThat(collections.featured()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(collection ->
                assertThat(collection.products()).isNotEmpty());
        assertThat(status.demoData()).isTrue();
    }

    @Test
    void variants_spec_reads_sizes_colours_and_their_own_prices() {
        assertThat(DemoDataLoader.variants("-:8")).singleElement().satisfies(variant -> assertThat(variant.stock()).isEqualTo(8));
        assertThat(DemoDataLoader.variants("Kecil:12,Besar:8:120000")).satisfiesExactly(
                small -> assertThat(small.price()).isNull(),
                large -> assertThat(large.price()).isEqualTo(120_000L));
    }

    @Test
    void a_demo_colour_has_an_english_name_of_its_own() {
        assertThat(DemoDataLoader.variants("Natural:8,Cokelat/Brown:6")).extracting(NewListing.Variant::nameId, NewListing.Variant::nameEn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Natural", "Natural"), org.assertj.core.groups.Tuple.tuple("Cokelat", "Brown"));
        assertThat(DemoDataLoader.readProducts()).flatExtracting(product -> DemoDataLoader.variants(product.variants()))
                .filteredOn(variant -> variant.nameId().equals("Cokelat")).isNotEmpty().allSatisfy(variant -> assertThat(variant.nameEn()).isEqualTo("Brown"));
    }

    @Test
    void products_are_published_one_group_at_a_time() {
        List<DemoDataLoader.DemoProduct> interleaved = DemoDataLoader.interleavedByGroup(DemoDataLoader.readProducts());
        assertThat(interleaved).hasSameSizeAs(DemoDataLoader.readProducts());
        assertThat(interleaved.subList(0, DemoGroups.all().size())).extracting(DemoDataLoader.DemoProduct::groupKey)
                .containsExactlyElementsOf(DemoGroups.all().keySet());
    }

    @Test
    void demo_data_and_accounts_come_with_the_demo_switch_only_and_the_accounts_on_the_embedded_database_only() {
        DemoProperties off = new DemoProperties(false, 0);
        DemoProperties on = new DemoProperties(true, 0);
        assertThat(off.loadsData()).isFalse();
        assertThat(off.createsAccounts("jdbc:h2:file:./data/pasar-bersinar")).isFalse();
        assertThat(off.createsAccounts("jdbc:mysql://db/pasar")).isFalse();
        assertThat(on.loadsData()).isTrue();
        assertThat(on.createsAccounts("jdbc:h2:file:./data/pasar-bersinar")).isTrue();
        assertThat(on.createsAccounts("jdbc:mysql://db/pasar")).isFalse();
        assertThat(on.createsAccounts("jdbc:mariadb://db/pasar")).isFalse();
    }

    /** Every demo card of the catalog, page by page (a page holds at most 200; other tests add products of their own). */
    private List<ProductCard> demoCards() {
        List<ProductCard> cards = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += 200) {
            List<ProductCard> page = search.browse(CatalogQuery.all(), offset, 200).cards();
            page.stream().filter(ProductCard::demo).forEach(cards::add);
            if (page.size() < 200) {
                return cards;
            }
        }
    }
}
