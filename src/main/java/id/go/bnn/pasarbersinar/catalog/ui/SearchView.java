package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery.Sort;
import id.go.bnn.pasarbersinar.catalog.ProductSearch;
import id.go.bnn.pasarbersinar.catalog.SearchResults;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Regions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Search results, ranked, with the catalog's filters and the number of results per category and province. */
@Route("cari")
@AnonymousAllowed
class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 48;
    static final List<Sort> SORTS = List.of(Sort.RELEVANCE, Sort.NEWEST, Sort.PRICE_ASC, Sort.PRICE_DESC, Sort.POPULAR, Sort.RATING);

    private final Catalog catalog;
    private final ProductSearch search;
    private final ProducerGroups groups;
    private final Regions regions;
    private String words = "";

    SearchView(Catalog catalog, ProductSearch search, ProducerGroups groups, Regions regions) {
        this.catalog = catalog;
        this.search = search;
        this.groups = groups;
        this.regions = regions;
        addClassName("pb-search-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CatalogParameters state = CatalogParameters.from(event.getLocation().getQueryParameters(), Sort.RELEVANCE);
        words = state.words();
        removeAll();
        if (words.isEmpty()) {
            add(new H1(getTranslation("catalog.search.title")), new Paragraph(getTranslation("catalog.search.prompt")));
            return;
        }
        SearchResults results = search.search(words, state.query(), getLocale(), (state.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        add(new H1(getTranslation("catalog.search.heading", words)));
        add(new CatalogFilters(catalog, groups, regions, state.query(), SORTS,
                changed -> UI.getCurrent().navigate(SearchView.class, state.withQuery(changed).toQueryParameters(Sort.RELEVANCE))));
        if (results.approximate()) {
            Paragraph approximate = new Paragraph(getTranslation("catalog.search.approximate", words));
            approximate.addClassName("pb-search-approximate");
            add(approximate);
        }
        Paragraph count = new Paragraph(getTranslation("catalog.search.count", results.total()));
        count.addClassName("pb-result-count");
        add(count);
        if (results.cards().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("catalog.search.empty", words));
            empty.addClassName("pb-empty");
            Anchor browse = new Anchor("katalog", getTranslation("catalog.search.browse"));
            browse.addClassName("pb-button-secondary");
            add(empty, browse);
            return;
        }
        Aside facets = new Aside();
        facets.addClassName("pb-facets");
        facets.add(facet("catalog.search.by-category", results.categoryCounts(), state,
                code -> catalog.category(code).map(c -> c.name().in(getLocale())).orElse(code), state.query()::withCategory));
        facets.add(facet("catalog.search.by-province", results.provinceCounts(), state, regions::provinceName,
                state.query()::withProvince));
        Div body = new Div(facets, new CardGrid(results.cards(), getLocale()));
        body.addClassName("pb-search-body");
        add(body, new PageLinks(results.total(), PAGE_SIZE, state.page(),
                page -> CatalogView.href("cari", state.atPage(page).toQueryParameters(Sort.RELEVANCE).getQueryString())));
    }

    private Div facet(String titleKey, Map<String, Long> counts, CatalogParameters state, Function<String, String> name,
            Function<String, CatalogQuery> narrowed) {
        Div facet = new Div(new H2(getTranslation(titleKey)));
        facet.addClassName("pb-facet");
        counts.forEach((code, count) -> {
            Anchor link = new Anchor(CatalogView.href("cari", state.withQuery(narrowed.apply(code)).toQueryParameters(Sort.RELEVANCE)
                    .getQueryString()), "");
            Span label = new Span(name.apply(code));
            Span number = new Span(String.valueOf(count));
            number.addClassName("pb-facet-count");
            link.add(label, number);
            link.addClassName("pb-facet-link");
            facet.add(link);
        });
        return facet;
    }

    @Override
    public String getPageTitle() {
        return (words.isEmpty() ? getTranslation("catalog.search.title") : getTranslation("catalog.search.heading", words))
                + " | " + getTranslation("shell.brand");
    }
}
