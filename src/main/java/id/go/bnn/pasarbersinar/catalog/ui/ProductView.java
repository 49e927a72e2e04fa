package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.ProductDetails;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.catalog.ProductSearch;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.catalog.StorefrontReviews;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shell.StorefrontPage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A product: photo gallery, price, variants each with its own stock, description, the group that made it and where,
 * and related products. Buying arrives with the order issue; until then there is no button rather than a fake one.
 */
@Route("produk/:slug")
@AnonymousAllowed
class ProductView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int RELATED = 4;

    private final Catalog catalog;
    private final ProductSearch search;
    private final Regions regions;
    private final org.springframework.beans.factory.ObjectProvider<StorefrontReviews> reviews;
    private String title = "";

    ProductView(Catalog catalog, ProductSearch search, Regions regions, org.springframework.beans.factory.ObjectProvider<StorefrontReviews> reviews) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.search = search;
        this.regions = regions;
        addClassName("pb-product");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        ProductDetails product = catalog.findPublic(slug).orElseThrow(NotFoundException::new);
        Locale locale = getLocale();
        title = product.title().in(locale);
        removeAll();

        Anchor categoryLink = new Anchor("katalog?kategori=" + product.category().code(), product.category().name().in(locale));
        Nav crumbs = new Nav(new Anchor("katalog", getTranslation("catalog.catalog.title")), new Span("›"), categoryLink);
        crumbs.addClassName("pb-crumbs");
        crumbs.getElement().setAttribute("aria-label", getTranslation("catalog.product.breadcrumbs"));

        Div top = new Div(gallery(product), summary(product, locale));
        top.addClassName("pb-product-top");
        add(crumbs, top);
        // What buyers said: only with the review module (it implements the extension point), else nothing.
        StorefrontReviews said = reviews.getIfAvailable();
        if (said != null) {
            add(said.section(product, locale));
        }
        add(makers(product.group(), product.slug()));

        List<ProductCard> related = search.related(product, RELATED);
        // The cached copy of this page goes when this listing, a related one or one of their groups changes.
        StorefrontPage.shows(Stream.concat(Stream.of(product.id()), related.stream().map(ProductCard::id)).map(ProductId::value).toList(),
                Stream.concat(Stream.of(product.group().id()), related.stream().map(ProductCard::groupId)).map(GroupId::value).toList());
        if (!related.isEmpty()) {
            // Below the fold: every picture waits until the visitor scrolls near it.
            Section section = new Section(new H2(getTranslation("catalog.product.related")), new CardGrid(related, locale, 0));
            section.addClassName("pb-related");
            section.addClassName("pb-section");
            add(section);
        }
    }

    private Div gallery(ProductDetails product) {
        Div gallery = new Div();
        gallery.addClassName("pb-gallery");
        if (product.photos().isEmpty()) {
            Div none = new Div(new Span(getTranslation("catalog.product.no-photo")));
            none.addClassName("pb-gallery-empty");
            gallery.add(none);
            return gallery;
        }
        ProductDetails.Photo first = product.photos().getFirst();
        Image main = new Image();
        main.addClassName("pb-gallery-main");
        // The largest thing a phone paints first: fetched before anything else (and preloaded by the first HTML).
        main.getElement().setAttribute("fetchpriority", "high");
        // The large picture is opened in full for a closer look (the "zoom").
        Anchor zoom = new Anchor(first.image().url(), "");
        zoom.setTarget(AnchorTarget.BLANK);
        zoom.getElement().setAttribute("router-ignore", true);
        zoom.setAriaLabel(getTranslation("catalog.product.zoom"));
        zoom.add(main);
        show(main, zoom, first);
        gallery.add(zoom);
        if (product.photos().size() > 1) {
            Div thumbs = new Div();
            thumbs.addClassName("pb-gallery-thumbs");
            for (ProductDetails.Photo photo : product.photos()) {
                Image thumb = new Image(photo.image().url(ImageRef.SMALL), photo.alt().in(getLocale()));
                size(thumb, photo.image(), ImageRef.SMALL);
                thumb.getElement().setAttribute("loading", "lazy");
                NativeButton button = new NativeButton("", click -> show(main, zoom, photo));
                button.add(thumb);
                button.addClassName("pb-gallery-thumb");
                button.setAriaLabel(getTranslation("catalog.product.show-photo", photo.alt().in(getLocale())));
                thumbs.add(button);
            }
            gallery.add(thumbs);
        }
        return gallery;
    }

    private void show(Image main, Anchor zoom, ProductDetails.Photo photo) {
        main.setSrc(photo.image().url(ImageRef.LARGE));
        main.setAlt(photo.alt().in(getLocale()));
        main.getElement().setAttribute("srcset", ImageRef.srcset(photo.image().hash()));
        main.getElement().setAttribute("sizes", "(max-width: 800px) calc(100vw - 2rem), 620px");
        size(main, photo.image(), ImageRef.LARGE);
        zoom.setHref(photo.image().url());
    }

    private static void size(Image image, ImageRef ref, int width) {
        image.getElement().setAttribute("width", String.valueOf(ref.widthAt(width)));
        image.getElement().setAttribute("height", String.valueOf(ref.heightAt(width)));
    }

    private Div summary(ProductDetails product, Locale locale) {
        H1 name = new H1(title);
        Span price = new Span(product.price().format());
        price.addClassName("pb-product-price");
        Span stock = new Span();
        stock.addClassName("pb-product-stock");
        showStock(stock, product.totalStock());
        Div summary = new Div(name);
        if (product.demo()) {
            Span demo = new Span(getTranslation("catalog.card.demo"));
            demo.addClassName("pb-badge-demo-inline");
            summary.add(demo);
        }
        summary.add(price, facts(product, locale, stock));
        summary.addClassName("pb-product-summary");

        if (product.hasChoices()) {
            RadioButtonGroup<ProductDetails.Variant> variants = new RadioButtonGroup<>(getTranslation("catalog.product.variants"));
            variants.setItems(product.variants());
            variants.setItemLabelGenerator(variant -> variant.name().in(locale));
            variants.setItemEnabledProvider(ProductDetails.Variant::inStock);
            variants.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(variant -> {
                Span label = new Span(variant.name().in(locale));
                Span detail = new Span(variant.inStock() ? getTranslation("catalog.product.variant-stock", variant.stock())
                        : getTranslation("catalog.card.sold-out"));
                detail.addClassName("pb-variant-stock");
                Span line = new Span(label, detail);
                line.addClassName("pb-variant");
                return line;
            }));
            variants.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    price.setText(e.getValue().price().format());
                    showStock(stock, e.getValue().stock());
                }
            });
            variants.addClassName("pb-variants");
            variants.addThemeName("vertical");
            summary.add(variants);
        }
        summary.add(buyBox(product, summary));
        Paragraph description = new Paragraph(product.description().in(locale));
        description.addClassName("pb-product-description");
        summary.add(new H2(getTranslation("catalog.product.description")), description);
        return summary;
    }

    /** What a buyer asks before paying for shipping: how many there are, how heavy it is and where it is sent from. */
    private DescriptionList facts(ProductDetails product, Locale locale, Span stock) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("pb-product-facts");
        // The stock line changes with the chosen variant.
        facts.add(new DescriptionList.Term(getTranslation("catalog.product.fact.quantity")), new DescriptionList.Description(stock));
        if (product.weightGrams() > 0) {
            fact(facts, "catalog.product.fact.weight", weight(product.weightGrams(), locale));
        }
        fact(facts, "catalog.product.fact.ships-from", product.group().regency() + ", " + product.group().provinceName());
        return facts;
    }

    private void fact(DescriptionList facts, String labelKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    /** 350 g, 1,2 kg (Indonesian) or 1.2 kg (English). */
    static String weight(int grams, Locale locale) {
        if (grams < 1000) {
            return grams + " g";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(grams / 1000.0) + " kg";
    }

    /**
     * Variant (the chosen one, or the only one) and quantity go to the cart page of the order module, which puts them
     * in the cart and shows it: the catalog does not depend on the order module.
     */
    private Div buyBox(ProductDetails product, Div summary) {
        IntegerField quantity = new IntegerField(
                getTranslation("catalog.product.quantity"));
        quantity.setValue(1);
        quantity.setMin(1);
        quantity.setMax(99);
        quantity.setStepButtonsVisible(true);
        quantity.addClassName("pb-buy-quantity");
        Button add = new Button(getTranslation("catalog.product.add-to-cart"),
                click -> {
                    ProductDetails.Variant variant = product.hasChoices()
                            ? summary.getChildren().filter(RadioButtonGroup.class::isInstance).map(c -> (ProductDetails.Variant) ((RadioButtonGroup<?>) c).getValue())
                                    .filter(Objects::nonNull).findFirst().orElse(null)
                            : product.variants().getFirst();
                    if (variant == null) {
                        quantity.setErrorMessage(getTranslation("catalog.product.choose-variant"));
                        quantity.setInvalid(true);
                        return;
                    }
                    int count = quantity.getValue() == null ? 1 : Math.max(1, Math.min(99, quantity.getValue()));
                    getUI().ifPresent(ui -> ui.navigate("keranjang", QueryParameters.simple(
                            Map.of("tambah", String.valueOf(variant.id()), "jumlah", String.valueOf(count)))));
                });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("pb-add-to-cart");
        add.setEnabled(product.inStock() && !product.variants().isEmpty());
        Div box = new Div(quantity, add);
        box.addClassName("pb-buy");
        return box;
    }

    private void showStock(Span stock, int count) {
        stock.setText(count > 0 ? getTranslation("catalog.product.in-stock", count) : getTranslation("catalog.card.sold-out"));
        stock.getElement().getClassList().set("pb-sold-out", count == 0);
    }

    private Section makers(GroupSummary group, String productSlug) {
        Anchor name = new Anchor("kelompok/" + group.slug(), group.name());
        name.addClassName("pb-maker-name");
        Span place = new Span(group.place());
        place.addClassName("pb-group-place");
        Span programme = new Span(regions.programme(group.programmeCode()).map(p -> p.name().in(getLocale())).orElse(""));
        programme.addClassName("pb-programme");
        Paragraph story = new Paragraph(group.story().in(getLocale()));
        Anchor more = new Anchor("kelompok/" + group.slug(), getTranslation("catalog.product.more-from-group", group.name()));
        more.addClassName("pb-button-secondary");
        // The messages module answers this address; the catalog only links to it (it does not depend on messages).
        Anchor ask = new Anchor("pesan/baru?produk=" + productSlug, getTranslation("catalog.product.ask-makers"));
        ask.addClassNames("pb-button-secondary", "pb-ask-makers");
        Section section = new Section(new H2(getTranslation("catalog.product.made-by")), name, place, programme, story, more, ask);
        section.addClassName("pb-maker");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("shell.brand");
    }
}
