package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CatalogViewTest extends SpringBrowserlessTest {

    /** Sulawesi Tengah: no demo group lives there, so this test owns the province's catalog. */
    static final String SULAWESI_TENGAH = "72";
    private static boolean created;

    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;

    @BeforeEach
    void products_in_sulawesi_tengah() {
        if (!created) {
            StorefrontFixture fixture = new StorefrontFixture(groups, listings, reviews, SULAWESI_TENGAH);
            GroupId group = fixture.verifiedGroup("Tenun Donggala Uji");
            fixture.approved(group, "Sarung Donggala Murah", "tenun", 50_000, NewListing.single(3));
            fixture.approved(group, "Sarung Donggala Mahal", "tenun", 900_000, NewListing.single(0));
            fixture.approved(group, "Batik Bomba", "batik", 200_000, NewListing.single(2));
            created = true;
        }
    }

    @Test
    void shows_one_page_of_48_cards_and_links_to_the_next() {
        navigate("katalog", CatalogView.class);
        assertThat($(ProductCardComponent.class).all()).hasSize(CatalogView.PAGE_SIZE);
        assertThat($(Anchor.class).withClassName("pb-page").all()).anySatisfy(link -> assertThat(link.getHref()).isEqualTo("katalog?halaman=2"));
    }

    @Test
    void filters_in_the_address_choose_the_cards_and_show_in_the_fields() {
        open("provinsi=72&kategori=tenun&urut=termurah");
        assertThat(titles()).containsExactly("Sarung Donggala Murah", "Sarung Donggala Mahal");
        assertThat($(Select.class).all()).anySatisfy(select -> assertThat(select.getValue()).isEqualTo(SULAWESI_TENGAH));
        assertThat($(Paragraph.class).withClassName("pb-result-count").first().getText()).isEqualTo("2 produk");
    }

    @Test
    void a_changed_filter_goes_into_the_address_so_it_can_be_shared() {
        open("provinsi=72");
        test($(Checkbox.class).first()).click();
        String address = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(address).contains("provinsi=72").contains("tersedia=1");
        assertThat(titles()).containsExactlyInAnyOrder("Sarung Donggala Murah", "Batik Bomba");
    }

    @Test
    void card_texts_are_escaped() {
        StorefrontFixture fixture = new StorefrontFixture(groups, listings, reviews, SULAWESI_TENGAH);
        fixture.approved(fixture.verifiedGroup("Kelompok <b>Tebal</b> Uji"), "Tas <script>alert(1)</script> Uji", "anyaman", 70_000,
                NewListing.single(1));
        open("provinsi=72&kategori=anyaman");
        ProductCardComponent card = $(ProductCardComponent.class).first();
        assertThat(card.getInnerHtml()).doesNotContain("<script>", "<b>").contains("&lt;script&gt;");
        assertThat(Cards.texts(List.of(card), "pb-card-title")).containsExactly("Tas <script>alert(1)</script> Uji");
    }

    @Test
    void price_range_filters_the_cards() {
        open("provinsi=72&harga-min=100000&harga-maks=300000");
        assertThat(titles()).containsExactly("Batik Bomba");
    }

    @Test
    void malformed_parameters_are_ignored() {
        open("harga-min=murah&urut=acak&halaman=-3&provinsi=%3Cscript%3E");
        assertThat($(ProductCardComponent.class).all()).hasSize(CatalogView.PAGE_SIZE);
    }

    private List<String> titles() {
        return Cards.texts($(ProductCardComponent.class).all(), "pb-card-title");
    }

    /** Opens the page with parameters in its address, as a shared link or the back button would. */
    private void open(String queryString) {
        navigate(CatalogView.class);
        UI.getCurrent().navigate(CatalogView.class, QueryParameters.fromString(queryString));
        assertThat($view(CatalogView.class)).isNotNull();
    }
}
