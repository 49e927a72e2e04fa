package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    void shows_ranked_results_with_counts_per_category_and_province() {
        open("q=tenun");
        assertThat($(H1.class).first().getText()).isEqualTo("Hasil pencarian \"tenun\"");
        assertThat($(ProductCardComponent.class).all()).isNotEmpty();
        assertThat($(Anchor.class).withClassName("pb-facet-link").all())
                .anySatisfy(link -> assertThat(link.getHref()).contains("kategori=tenun"))
                .anySatisfy(link -> assertThat(link.getHref()).contains("provinsi=53"));
        assertThat($(Span.class).withClassName("pb-facet-count").all()).allSatisfy(count -> assertThat(count.getText()).matches("\\d+"));
    }

    @Test
    void a_typo_says_the_results_are_for_similar_words() {
        open("q=selendng");
        assertThat($(Paragraph.class).withClassName("pb-search-approximate").all()).hasSize(1);
        assertThat(Cards.texts($(ProductCardComponent.class).all(), "pb-card-title")).anySatisfy(title -> assertThat(title).contains("Selendang"));
    }

    @Test
    void nothing_found_offers_the_catalog() {
        open("q=qwzxv");
        assertThat($(ProductCardComponent.class).all()).isEmpty();
        assertThat($(Anchor.class).withClassName("pb-button-secondary").first().getHref()).isEqualTo("katalog");
    }

    @Test
    void without_words_asks_for_them() {
        navigate("cari", SearchView.class);
        assertThat($(ProductCardComponent.class).all()).isEmpty();
        assertThat($(H1.class).first().getText()).isEqualTo("Cari");
    }

    /** Opens the page with parameters in its address, as a shared link or the back button would. */
    private void open(String queryString) {
        navigate(SearchView.class);
        UI.getCurrent().navigate(SearchView.class, QueryParameters.fromString(queryString));
        assertThat($view(SearchView.class)).isNotNull();
    }
}
