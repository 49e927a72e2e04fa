package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import id.go.bnn.pasarbersinar.catalog.ProductSearch;
import id.go.bnn.pasarbersinar.catalog.SearchResults;
import id.go.bnn.pasarbersinar.catalog.StorefrontImpact;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.identity.GroupMembers;
import id.go.bnn.pasarbersinar.producer.GroupProfile;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Programme;
import id.go.bnn.pasarbersinar.producer.Regions;
import java.util.List;
import java.util.Optional;

/** A producer group: its story, programme, region and products. Only verified groups have a page. */
@Route("kelompok/:slug")
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet("styles/group-page.css")
class GroupView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 48;

    private final ProducerGroups groups;
    private final ProductSearch search;
    private final Regions regions;
    private final GroupMembers members;
    private final org.springframework.beans.factory.ObjectProvider<StorefrontImpact> impact;
    private String name = "";
    private final id.go.bnn.pasarbersinar.catalog.ListingRatings ratings;

    GroupView(ProducerGroups groups, ProductSearch search, Regions regions, GroupMembers members,
            org.springframework.beans.factory.ObjectProvider<StorefrontImpact> impact, id.go.bnn.pasarbersinar.catalog.ListingRatings ratings) {
        this.ratings = ratings;
        this.impact = impact;
        this.groups = groups;
        this.search = search;
        this.regions = regions;
        this.members = members;
        addClassName("pb-group-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        GroupSummary group = groups.findPublic(slug).orElseThrow(NotFoundException::new);
        CatalogParameters state = CatalogParameters.from(event.getLocation().getQueryParameters(), CatalogQuery.Sort.NEWEST);
        name = group.name();
        removeAll();

        Span place = new Span(group.place());
        place.addClassName("pb-group-place");
        Div header = new Div(new H1(group.name()), place);
        header.addClassName("pb-group-header");
        if (group.membersCount() > 0) {
            Span members = new Span(getTranslation("catalog.group.members", group.membersCount()));
            members.addClassName("pb-group-members");
            header.add(members);
        }
        ratings.ofGroup(group.id()).ifPresent(rating -> {
            Span average = new Span(getTranslation("catalog.group.rating",
                    ProductCardComponent.stars(rating.tenths(), getLocale()), rating.count()));
            average.addClassName("pb-group-rating");
            header.add(average);
        });
        add(header);
        // What the group earned through the shop: only if the group agreed (the reporting module checks), else nothing.
        StorefrontImpact figures = impact.getIfAvailable();
        if (figures != null) {
            // "Rp" and the amount never part at the end of a line on a phone.
            figures.earnedByGroup(group.id()).ifPresent(earned -> {
                Paragraph text = new Paragraph(getTranslation("catalog.group.earned", earned.format().replace(' ', '\u00a0')));
                text.addClassName("pb-group-earned");
                Anchor more = new Anchor("dampak", getTranslation("catalog.group.earned.more"));
                more.addClassName("pb-section-link");
                Div box = new Div(text, more);
                box.addClassName("pb-group-impact");
                add(box);
            });
        }

        Paragraph story = new Paragraph(group.story().in(getLocale()));
        story.addClassName("pb-group-story");
        Section about = new Section(new H2(getTranslation("catalog.group.story")), story);
        about.addClassName("pb-section");
        // Only what the group chose to show: no names at all by default, else first names or pseudonyms.
        List<String> publicNames = members.publicNames(group.id());
        if (!publicNames.isEmpty()) {
            Paragraph names = new Paragraph(getTranslation("catalog.group.member-names", String.join(", ", publicNames)));
            names.addClassName("pb-group-member-names");
            about.add(names);
        }
        List<String> photos = groups.publicProfile(group.id()).map(GroupProfile::photoHashes).orElse(List.of());
        if (!photos.isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("pb-group-photos");
            for (String hash : photos) {
                com.vaadin.flow.component.html.Image photo = new com.vaadin.flow.component.html.Image(
                        ImageRef.url(hash, ImageRef.MEDIUM), getTranslation("catalog.group.photo-alt", group.name()));
                photo.getElement().setAttribute("loading", "lazy");
                photo.getElement().setAttribute("width", "240");
                photo.getElement().setAttribute("height", "240");
                gallery.add(photo);
            }
            about.add(gallery);
        }
        add(about);

        Optional<Programme> programme = regions.programme(group.programmeCode());
        programme.ifPresent(p -> {
            Section section = new Section(new H2(getTranslation("catalog.group.programme")),
                    new Paragraph(p.name().in(getLocale())), new Paragraph(p.description().in(getLocale())));
            section.addClassName("pb-section");
            section.addClassName("pb-programme-box");
            add(section);
        });

        SearchResults products = search.browse(CatalogQuery.all().withGroup(group.id()), (state.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        long total = products.total();
        List<ProductCard> cards = products.cards();
        Section section = new Section(new H2(getTranslation("catalog.group.products", total)));
        section.addClassName("pb-section");
        if (cards.isEmpty()) {
            section.add(new Paragraph(getTranslation("catalog.group.no-products")));
        } else {
            section.add(new CardGrid(cards, getLocale()));
        }
        section.add(new PageLinks(total, PAGE_SIZE, state.page(), page -> CatalogView.href("kelompok/" + group.slug(),
                page > 1 ? CatalogParameters.PAGE + "=" + page : "")));
        add(section);
    }

    @Override
    public String getPageTitle() {
        return name + " | " + getTranslation("shell.brand");
    }
}
