package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    void shows_products_from_several_provinces_with_rupiah_prices() {
        navigate(HomeView.class);
        List<ProductCardComponent> cards = $(ProductCardComponent.class).all();
        assertThat(cards).hasSize(HomeView.SHOWCASE_SIZE);
        List<String> provinces = $(Span.class).withClassName("pb-card-province").all().stream().map(Span::getText).distinct().toList();
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(3);
        assertThat($(Span.class).withClassName("pb-card-price").all())
                .allSatisfy(price -> assertThat(price.getText()).matches("Rp \\d{1,3}(\\.\\d{3})*"));
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
        assertThat($(Span.class).withClassName("pb-badge-demo").all()).hasSize(HomeView.SHOWCASE_SIZE);
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("pb-demo-banner").all()).hasSize(1);
    }
}
