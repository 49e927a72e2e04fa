package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.CatalogQuery.Sort;
import id.go.bnn.pasarbersinar.catalog.ProductSearch;
import id.go.bnn.pasarbersinar.catalog.SearchResults;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shell.DescribedPage;
import java.util.List;

/**
 * The catalog: filters and order in the address, one page of 48 cards fetched at a time, so that browsing 100,000
 * products costs what browsing 100 costs and a session holds no more than one page.
 */
@Route("katalog")
@Menu(order = 1, title = "catalog.menu.catalog")
@AnonymousAllowed
class CatalogView extends Div implements BeforeEnterObserver, HasDynamicTitle, DescribedPage {

    static final int PAGE_SIZE = 48;
    static final List<Sort> SORTS = List.of(Sort.NEWEST, Sort.PRICE_ASC, Sort.PRICE_DESC, Sort.POPULAR, Sort.RATING);

    private final Catalog catalog;
    private final ProductSearch search;
    private final ProducerGroups groups;
    private final Regions regions;

    CatalogView(Catalog catalog, ProductSearch search, ProducerGroups groups, Regions regions) {
        this.catalog = catalog;
        this.search = search;
        this.groups = groups;
        this.regions = regions;
        addClassName("pb-catalog");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CatalogParameters state = CatalogParameters.from(event.getLocation().getQueryParameters(), Sort.NEWEST);
        SearchResults results = search.browse(state.query(), (state.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        removeAll();
        H1 title = new H1(catalog.category(state.query().categoryCode())
                .map(category -> category.name().in(getLocale()))
                .orElse(getTranslation("catalog.catalog.title")));
        Paragraph count = new Paragraph(getTranslation("catalog.catalog.count", results.total()));
        count.addClassName("pb-result-count");
        add(title, new CatalogFilters(catalog, groups, regions, state.query(), SORTS,
                changed -> UI.getCurrent().navigate(CatalogView.class, state.withQuery(changed).toQueryParameters(Sort.NEWEST))), count);
        if (results.cards().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("catalog.catalog.empty"));
            empty.addClassName("pb-empty");
            add(empty);
        } else {
            add(new CardGrid(results.cards(), getLocale()));
        }
        add(new PageLinks(results.total(), PAGE_SIZE, state.page(),
                page -> href("katalog", state.atPage(page).toQueryParameters(Sort.NEWEST).getQueryString())));
    }

    static String href(String path, String queryString) {
        return queryString == null || queryString.isEmpty() ? path : path + "?" + queryString;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.catalog.title") + " | " + getTranslation("shell.brand");
    }

    @Override
    public String getPageDescription() {
        return getTranslation("catalog.catalog.description");
    }
}
