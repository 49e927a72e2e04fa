package id.go.bnn.pasarbersinar.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery;
import id.go.bnn.pasarbersinar.catalog.CollectionSummary;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.ProductSearch;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CollectionsAdminViewTest extends StaffViewSupport {

    @Autowired
    Collections collections;
    @Autowired
    ProductSearch search;

    final Caller admin = Callers.admin(-77);

    @Test
    void staff_create_feature_and_fill_a_collection_in_the_page() {
        Callers.signIn(admin);
        navigate(CollectionsAdminView.class);
        textField("Judul (bahasa Indonesia)").setValue("Anyaman Pilihan Halaman");
        click("Buat koleksi");
        assertThat(feedback()).isEqualTo("Koleksi dibuat.");
        CollectionSummary created = created("Anyaman Pilihan Halaman");
        assertThat(created.featured()).isFalse();

        Section card = card("Anyaman Pilihan Halaman");
        Checkbox featured = $(Checkbox.class, card).first();
        featured.setValue(true);
        assertThat(created("Anyaman Pilihan Halaman").featured()).isTrue();

        // A demo product of the embedded catalog, by the address of its page.
        ProductCard product = search.browse(CatalogQuery.all(), 0, 1).cards().getFirst();
        Section filled = card("Anyaman Pilihan Halaman");
        $(TextField.class, filled).first().setValue("http://localhost:8080" + product.url());
        test($(Button.class, filled).all().stream().filter(b -> "Tambahkan".equals(b.getText())).findFirst().orElseThrow()).click();
        assertThat(feedback()).isEqualTo("Produk ditambahkan ke koleksi.");
        assertThat(created("Anyaman Pilihan Halaman").products()).containsExactly(product.id());
        assertThat($(com.vaadin.flow.component.html.ListItem.class, card("Anyaman Pilihan Halaman")).all()).hasSize(1);
    }

    @Test
    void an_empty_title_or_an_unknown_product_is_refused_and_changes_nothing() {
        long id = Callers.as(admin, () -> collections.create(new LocalizedText("Koleksi Produk Salah", null), new LocalizedText(null, null),
                false, List.of(), false));
        Callers.signIn(admin);
        navigate(CollectionsAdminView.class);
        long before = collections.count();
        click("Buat koleksi");
        assertThat(feedback()).isEqualTo("Tulis judul koleksi dalam bahasa Indonesia.");
        assertThat(textField("Judul (bahasa Indonesia)").isInvalid()).isTrue();
        assertThat(collections.count()).isEqualTo(before);

        Section card = card("Koleksi Produk Salah");
        $(TextField.class, card).first().setValue("/produk/tidak-ada-sama-sekali");
        test($(Button.class, card).all().stream().filter(b -> "Tambahkan".equals(b.getText()))
                .findFirst().orElseThrow()).click();
        assertThat(feedback()).isEqualTo("Produk dengan alamat ini tidak ditemukan.");
        assertThat(created("Koleksi Produk Salah").products()).isEmpty();
        assertThat(id).isPositive();
    }

    @Test
    void typed_texts_are_shown_as_text() {
        Callers.as(admin, () -> collections.create(new LocalizedText(INJECTION, null), new LocalizedText(INJECTION, null), false, List.of(),
                false));
        Callers.signIn(admin);
        navigate(CollectionsAdminView.class);
        assertThat($(Anchor.class).all()).anySatisfy(anchor -> assertThat(anchor.getText()).isEqualTo(INJECTION));
        noRawHtml();
    }

    private CollectionSummary created(String title) {
        return Callers.as(admin, () -> collections.listForStaff()).stream().filter(c -> c.title().id().equals(title)).findFirst()
                .orElseThrow();
    }

    private Section card(String title) {
        return $(Section.class).withClassName("pb-collection-card").all().stream()
                .filter(section -> $(Anchor.class, section).first().getText().equals(title)).findFirst().orElseThrow();
    }
}
