package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    Catalog catalog;

    @Test
    void shows_products_from_several_provinces_with_rupiah_prices() {
        navigate(HomeView.class);
        List<ProductCardComponent> cards = $(ProductCardComponent.class, showcase()).all();
        assertThat(cards).hasSize(HomeView.SHOWCASE_SIZE);
        List<String> provinces = Cards.texts(cards, "pb-card-province").stream().distinct().toList();
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Cards.texts(cards, "pb-card-price"))
                .allSatisfy(price -> assertThat(price).matches("Rp \\d{1,3}(\\.\\d{3})*"));
    }

    @Test
    void features_the_curators_collections_with_a_link_to_each() {
        navigate(HomeView.class);
        List<Section> collections = $(Section.class).withClassName("pb-collection-preview").all();
        assertThat(collections).isNotEmpty();
        assertThat(collections).allSatisfy(section -> {
            assertThat($(ProductCardComponent.class, section).all()).hasSizeBetween(1, HomeView.COLLECTION_PREVIEW);
            assertThat($(Anchor.class, section).withClassName("pb-section-link").first().getHref()).startsWith("koleksi/");
        });
    }

    @Test
    void explains_the_programme_and_shows_the_groups_with_their_region() {
        navigate(HomeView.class);
        assertThat($(Section.class).withClassName("pb-programme-box").all()).hasSize(1);
        assertThat($(Span.class).withClassName("pb-group-place").all()).anySatisfy(place -> assertThat(place.getText()).endsWith("Nusa Tenggara Timur"));
    }

    private Section showcase() {
        return $(Section.class).withId("produk-pilihan").single();
    }

    @Test
    void speaks_indonesian_by_default_and_english_when_asked() {
        navigate(HomeView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Kerajinan tangan yang membangun harapan");

        UI.getCurrent().setLocale(LocalizedText.ENGLISH);
        navigate(id.go.bnn.pasarbersinar.identity.ui.LoginView.class);
        navigate(HomeView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Handicrafts that build hope");
    }

    @Test
    void marks_demo_data_on_every_page_and_on_each_card() {
        navigate(HomeView.class);
        // Other tests add real (non-demo) products to the shared database: only the demo ones carry the badge.
        long demoCards = catalog.showcase(HomeView.SHOWCASE_SIZE).stream().filter(ProductCard::demo).count();
        assertThat(demoCards).isPositive();
        assertThat(Cards.texts($(ProductCardComponent.class, showcase()).all(), "pb-badge-demo")).hasSize((int) demoCards);
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("pb-demo-banner").all()).hasSize(1);
    }
}
