package id.go.bnn.pasarbersinar.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.NewListing;
import id.go.bnn.pasarbersinar.catalog.ProductDetails;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shell.ui.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ProductViewTest extends SpringBrowserlessTest {

    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    Images images;

    private static final String SHIRT = "Kemeja Tenun Varian Uji";
    private static volatile String shirtSlug;

    /**
     * A shirt of the test's own (with a photo, four sizes with their own stock and a sibling for the related products),
     * made once for the class: what the demo's shirt showed before, without depending on the demo's data or stock.
     */
    private String shirt() {
        if (shirtSlug == null) {
            // Kepulauan Riau: a province no other test lists products of (CatalogTest counts Gorontalo's).
            StorefrontFixture fixture = new StorefrontFixture(groups, listings, reviews, "21");
            GroupId group = fixture.verifiedGroup("Penenun Kemeja Varian Uji");
            fixture.approved(group, SHIRT, "tenun", 385_000, List.of(new NewListing.Variant("S", "S", null, 4),
                    new NewListing.Variant("M", "M", null, 6), new NewListing.Variant("L", "L", null, 5),
                    new NewListing.Variant("XL", "XL", null, 2)), List.of(StorefrontFixture.photo(images)));
            fixture.approved(group, "Selendang Tenun Varian Uji", "tenun", 150_000, NewListing.single(3));
            shirtSlug = "kemeja-tenun-varian-uji";
        }
        return shirtSlug;
    }

    @Test
    void shows_photo_price_variants_description_makers_and_related_products() {
        navigate("produk/" + shirt(), ProductView.class);
        assertThat($(H1.class).first().getText()).isEqualTo(SHIRT);
        assertThat($(Span.class).withClassName("pb-product-price").first().getText()).isEqualTo("Rp 385.000");
        Image photo = $(Image.class).withClassName("pb-gallery-main").first();
        assertThat(photo.getSrc()).matches("/gambar/[0-9a-f]{64}/1200");
        assertThat(photo.getElement().getAttribute("width")).isNotBlank();
        assertThat(photo.getElement().getAttribute("height")).isNotBlank();
        assertThat($(Anchor.class).withClassName("pb-maker-name").first().getHref()).startsWith("kelompok/");
        assertThat($(ProductCardComponent.class).all()).hasSizeBetween(1, ProductView.RELATED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_variant_has_its_own_stock() {
        navigate("produk/" + shirt(), ProductView.class);
        RadioButtonGroup<ProductDetails.Variant> variants = $(RadioButtonGroup.class).first();
        List<ProductDetails.Variant> options = variants.getListDataView().getItems().toList();
        assertThat(options).extracting(variant -> variant.name().id()).containsExactly("S", "M", "L", "XL");
        variants.setValue(options.get(1));
        assertThat($(Span.class).withClassName("pb-product-stock").first().getText()).isEqualTo("Tersedia 6 buah");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_variant_without_its_own_price_shows_the_products_price_in_both_languages() {
        // Kepulauan Riau: a province no other test lists products of (CatalogTest counts Gorontalo's).
        StorefrontFixture fixture = new StorefrontFixture(groups, listings, reviews, "21");
        GroupId group = fixture.verifiedGroup("Anyaman Harga Varian Uji");
        fixture.approved(group, "Tas Harga Varian Uji", "anyaman", 150_000, List.of(
                new NewListing.Variant("Cokelat", "Brown", null, 3), new NewListing.Variant("Besar", "Large", 175_000L, 2)));
        for (java.util.Locale locale : List.of(java.util.Locale.of("id"), java.util.Locale.ENGLISH)) {
            com.vaadin.flow.component.UI.getCurrent().setLocale(locale);
            navigate("produk/tas-harga-varian-uji", ProductView.class);
            RadioButtonGroup<ProductDetails.Variant> variants = $(RadioButtonGroup.class).first();
            List<ProductDetails.Variant> options = variants.getListDataView().getItems().toList();
            Span price = $(Span.class).withClassName("pb-product-price").first();
            variants.setValue(options.get(1));
            assertThat(price.getText()).isEqualTo("Rp 175.000");
            variants.setValue(options.get(0));
            assertThat(price.getText()).as("in %s", locale).isEqualTo("Rp 150.000");
        }
    }

    @Test
    void offers_an_add_to_cart_button_for_a_product_in_stock() {
        navigate("produk/" + shirt(), ProductView.class);
        assertThat($(Button.class).withClassName("pb-add-to-cart").first().getText()).isEqualTo("Masukkan ke keranjang");
    }

    @Test
    void an_unknown_product_is_not_found() {
        navigate("produk/tidak-ada-produk-ini", NotFoundView.class);
        navigate("produk/Bukan_Slug!", NotFoundView.class);
    }

    @Test
    void an_unapproved_product_or_one_of_an_unverified_group_is_not_found() {
        StorefrontFixture fixture = new StorefrontFixture(groups, listings, reviews, "74");
        GroupId verified = fixture.verifiedGroup("Tenun Buton Uji Produk");
        fixture.draft(verified, "Sarung Buton Draf Uji", "tenun", 100_000, NewListing.single(1));
        GroupId pending = fixture.pendingGroup("Tenun Buton Belum Diverifikasi");
        fixture.approved(pending, "Sarung Buton Tersembunyi Uji", "tenun", 100_000, NewListing.single(1));
        navigate("produk/sarung-buton-draf-uji", NotFoundView.class);
        navigate("produk/sarung-buton-tersembunyi-uji", NotFoundView.class);
    }
}
