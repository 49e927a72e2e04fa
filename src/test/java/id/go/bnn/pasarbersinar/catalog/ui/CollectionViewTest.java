package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import id.go.bnn.pasarbersinar.catalog.CollectionSummary;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.shell.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CollectionViewTest extends SpringBrowserlessTest {

    @Autowired
    Collections collections;

    @Test
    void shows_the_curated_products_in_the_curators_order() {
        CollectionSummary collection = collections.featured().getFirst();
        navigate("koleksi/" + collection.slug(), CollectionView.class);
        assertThat($(H1.class).first().getText()).isEqualTo(collection.title().id());
        assertThat($(ProductCardComponent.class).all()).hasSize(collection.products().size());
        assertThat($(ProductCardComponent.class).first().getHref()).startsWith("/produk/");
    }

    @Test
    void an_unknown_collection_is_not_found() {
        navigate("koleksi/tidak-ada-koleksi-ini", NotFoundView.class);
    }
}
