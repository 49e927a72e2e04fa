package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.Category;
import id.go.bnn.pasarbersinar.catalog.CollectionSummary;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.StorefrontImpact;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Programme;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shell.DescribedPage;
import java.util.List;
import java.util.Locale;

/** The front door: what the shop is for, its categories, products from many provinces and the groups who make them. */
@Route("")
@Menu(order = 0, title = "catalog.menu.home")
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle, DescribedPage {

    static final int SHOWCASE_SIZE = 12;

    static final int COLLECTION_PREVIEW = 4;

    HomeView(Catalog catalog, Collections collections, ProducerGroups groups, Regions regions,
            org.springframework.beans.factory.ObjectProvider<StorefrontImpact> impact) {
        addClassName("pb-home");
        Locale locale = getLocale();
        add(hero());
        // The impact headline comes from the reporting module when it is there (an extension point: no dependency on it).
        StorefrontImpact figures = impact.getIfAvailable();
        if (figures != null) {
            figures.headline().map(this::impactHeadline).ifPresent(this::add);
        }
        add(categories(catalog.categories(), locale));
        for (CollectionSummary collection : collections.featured()) {
            List<ProductCard> cards = catalog.cards(collection.products().stream().limit(COLLECTION_PREVIEW).toList());
            if (!cards.isEmpty()) {
                add(collection(collection, cards, locale));
            }
        }
        add(showcase(catalog.showcase(SHOWCASE_SIZE), locale), groups(groups.listPublic()), programme(regions.programmes(), locale));
    }

    private Section collection(CollectionSummary collection, List<ProductCard> cards, Locale locale) {
        Anchor all = new Anchor(collection.url().substring(1), getTranslation("catalog.home.collection.all"));
        all.addClassName("pb-section-link");
        Div heading = new Div(new H2(collection.title().in(locale)), all);
        heading.addClassName("pb-section-heading");
        Paragraph description = new Paragraph(collection.description().in(locale));
        description.addClassName("pb-lead");
        Div grid = new Div();
        grid.addClassName("pb-grid");
        cards.forEach(card -> grid.add(new ProductCardComponent(card, locale)));
        Section section = new Section(heading, description, grid);
        section.addClassName("pb-section");
        section.addClassName("pb-collection-preview");
        return section;
    }

    /** What the programme is, said plainly and without pity: the makers are craftspeople, not a charity case. */
    private Section programme(List<Programme> programmes, Locale locale) {
        Section section = new Section(new H2(getTranslation("catalog.home.programme.title")),
                new Paragraph(getTranslation("catalog.home.programme.text")));
        Div list = new Div();
        list.addClassName("pb-programmes");
        for (Programme programme : programmes) {
            Div item = new Div(new Span(programme.name().in(locale)), new Paragraph(programme.description().in(locale)));
            item.addClassName("pb-programme-item");
            list.add(item);
        }
        section.add(list);
        section.addClassName("pb-section");
        section.addClassName("pb-programme-box");
        return section;
    }

    /** "Rp 12.500.000 paid to makers in 2026 · 14 groups · 9 provinces", and a link to /dampak. */
    private Section impactHeadline(StorefrontImpact.Headline headline) {
        Div figures = new Div();
        figures.addClassName("pb-impact-headline-figures");
        String year = String.valueOf(headline.year());
        if (headline.paidToMakers().rupiah() > 0) {
            figures.add(impactFigure(headline.paidToMakers().format(), getTranslation("catalog.home.impact.paid", year)));
        }
        figures.add(impactFigure(String.valueOf(headline.groups()), getTranslation("catalog.home.impact.groups", year)),
                impactFigure(String.valueOf(headline.provinces()), getTranslation("catalog.home.impact.provinces")));
        Anchor more = new Anchor("dampak", getTranslation("catalog.home.impact.more"));
        more.addClassName("pb-section-link");
        Section section = new Section(new H2(getTranslation("catalog.home.impact.title")), figures, more);
        section.addClassName("pb-impact-headline");
        return section;
    }

    private static Div impactFigure(String value, String label) {
        Span number = new Span(value);
        number.addClassName("pb-impact-value");
        Span text = new Span(label);
        text.addClassName("pb-impact-label");
        Div figure = new Div(number, text);
        figure.addClassName("pb-impact-figure");
        return figure;
    }

    private Section hero() {
        H1 title = new H1(getTranslation("catalog.home.title"));
        Paragraph lead = new Paragraph(getTranslation("catalog.home.lead"));
        Anchor shop = new Anchor("katalog", getTranslation("catalog.home.shop"));
        shop.addClassName("pb-button");
        Section hero = new Section(title, lead, shop);
        hero.addClassName("pb-hero");
        return hero;
    }

    private Section categories(List<Category> categories, Locale locale) {
        Div chips = new Div();
        chips.addClassName("pb-chips");
        for (Category category : categories) {
            Anchor chip = new Anchor("katalog?kategori=" + category.code(), category.name().in(locale));
            chip.addClassName("pb-chip");
            chips.add(chip);
        }
        Section section = new Section(new H2(getTranslation("catalog.home.categories")), chips);
        section.addClassName("pb-section");
        return section;
    }

    private Section showcase(List<ProductCard> cards, Locale locale) {
        Div grid = new Div();
        grid.addClassName("pb-grid");
        cards.forEach(card -> grid.add(new ProductCardComponent(card, locale)));
        Section section = new Section(new H2(getTranslation("catalog.home.showcase")), grid);
        section.addClassName("pb-section");
        section.setId("produk-pilihan");
        return section;
    }

    private Section groups(List<GroupSummary> groups) {
        Div strip = new Div();
        strip.addClassName("pb-group-strip");
        for (GroupSummary group : groups) {
            Anchor link = new Anchor("kelompok/" + group.slug(), "");
            link.addClassName("pb-group-tile");
            Span name = new Span(group.name());
            name.addClassName("pb-group-name");
            Span place = new Span(group.regency() + ", " + group.provinceName());
            place.addClassName("pb-group-place");
            link.add(name, place);
            strip.add(link);
        }
        Section section = new Section(new H2(getTranslation("catalog.home.groups")),
                new Paragraph(getTranslation("catalog.home.groups.lead")), strip);
        section.addClassName("pb-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.brand") + " | " + getTranslation("catalog.home.tagline");
    }

    @Override
    public String getPageDescription() {
        return getTranslation("catalog.home.description");
    }
}
