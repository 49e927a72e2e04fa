package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.QueryParameters;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The storefront on a phone: filters behind one counting button, the product's shipping facts, pictures' priority. */
@SpringBootTest
class MobileStorefrontTest extends SpringBrowserlessTest {

    @Test
    void the_filter_button_counts_the_filters_in_force_and_not_the_order() {
        navigate("katalog", CatalogView.class);
        assertThat(filterButton().getText()).isEqualTo("Filter");

        UI.getCurrent().navigate("katalog", QueryParameters.fromString("kategori=tenun&harga-min=10000&tersedia=1&urut=termurah"));
        assertThat(filterButton().getText()).isEqualTo("Filter (" + CatalogFilters.activeFilters(
                CatalogParameters.from(QueryParameters.fromString("kategori=tenun&harga-min=10000&tersedia=1&urut=termurah"),
                        CatalogQuery.Sort.NEWEST).query()) + ")");
        assertThat(CatalogFilters.activeFilters(CatalogQuery.all())).isZero();
        assertThat(CatalogFilters.activeFilters(CatalogQuery.all().withCategory("tenun").sortedBy(CatalogQuery.Sort.PRICE_ASC))).isEqualTo(1);
    }

    @Test
    void the_filter_button_opens_and_closes_the_filters() {
        navigate("katalog", CatalogView.class);
        CatalogFilters filters = $(CatalogFilters.class).single();
        assertThat(filters.hasClassName("pb-filters-open")).isFalse();
        test(filterButton()).click();
        assertThat(filters.hasClassName("pb-filters-open")).isTrue();
        assertThat(filterButton().getElement().getAttribute("aria-expanded")).isEqualTo("true");
        test(filterButton()).click();
        assertThat(filters.hasClassName("pb-filters-open")).isFalse();
    }

    @Test
    void a_product_page_shows_quantity_weight_and_where_it_ships_from() {
        navigate("produk/kemeja-tenun-ikat-kupang", ProductView.class);
        DescriptionList facts = $(DescriptionList.class).withClassName("pb-product-facts").single();
        String text = facts.getElement().getTextRecursively();
        assertThat(text).contains("Jumlah tersedia", "Berat", "Dikirim dari", "Kupang");
        assertThat(text).containsPattern("\\d+ g|\\d+(,\\d)? kg");
        assertThat(text).containsPattern("Tersedia \\d+ buah");
    }

    @Test
    void weights_read_as_grams_or_kilograms_in_the_visitors_language() {
        assertThat(ProductView.weight(350, Locale.of("id"))).isEqualTo("350 g");
        assertThat(ProductView.weight(1250, Locale.of("id"))).isEqualTo("1,3 kg");
        assertThat(ProductView.weight(1200, Locale.ENGLISH)).isEqualTo("1.2 kg");
    }

    @Test
    void the_main_product_picture_has_high_priority_and_related_products_wait_until_scrolled_near() {
        navigate("produk/kemeja-tenun-ikat-kupang", ProductView.class);
        Image main = $(Image.class).withClassName("pb-gallery-main").single();
        assertThat(main.getElement().getAttribute("fetchpriority")).isEqualTo("high");
        List<ProductCardComponent> related = $(ProductCardComponent.class).all();
        assertThat(related).isNotEmpty().allSatisfy(card ->
                assertThat(card.getElement().getProperty("innerHTML")).contains("loading=\"lazy\"").doesNotContain("fetchpriority"));
    }

    @Test
    void in_a_grid_the_first_two_pictures_load_first_the_row_at_once_and_the_rest_when_scrolled_near() {
        UI.getCurrent().setLocale(Locale.of("id"));
        List<ProductCard> cards = java.util.stream.IntStream.range(0, 10).mapToObj(MobileStorefrontTest::card).toList();
        List<ProductCardComponent> grid = new CardGrid(cards, Locale.of("id")).getChildren()
                .map(ProductCardComponent.class::cast).toList();
        assertThat(grid.subList(0, 2)).allSatisfy(card -> assertThat(card.getInnerHtml()).contains("fetchpriority=\"high\"").doesNotContain("loading="));
        assertThat(grid.subList(2, 4)).allSatisfy(card -> assertThat(card.getInnerHtml()).doesNotContain("fetchpriority", "loading="));
        assertThat(grid.subList(4, 10)).allSatisfy(card -> assertThat(card.getInnerHtml()).contains("loading=\"lazy\"").doesNotContain("fetchpriority"));
        List<ProductCardComponent> belowTheFold = new CardGrid(cards, Locale.of("id"), 0).getChildren().map(ProductCardComponent.class::cast).toList();
        assertThat(belowTheFold).allSatisfy(card -> assertThat(card.getInnerHtml()).contains("loading=\"lazy\"").doesNotContain("fetchpriority"));
    }

    private static ProductCard card(int i) {
        return new ProductCard(new ProductId(i + 1), "kartu-" + i, new LocalizedText("Kartu " + i, "Card " + i), Money.rupiah(10_000),
                "tenun", new GroupId(1), "Kelompok", "kelompok", "53", "Nusa Tenggara Timur", "a".repeat(64), 1, false);
    }

    private Button filterButton() {
        return $(Button.class).withClassName("pb-filter-toggle").single();
    }
}
