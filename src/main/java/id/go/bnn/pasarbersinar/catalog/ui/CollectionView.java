package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.CollectionSummary;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import java.util.List;

/** A collection chosen by curators, its products in their order (those no longer public are left out). */
@Route("koleksi/:slug")
@AnonymousAllowed
class CollectionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_PRODUCTS = 96;

    private final Collections collections;
    private final Catalog catalog;
    private String title = "";

    CollectionView(Collections collections, Catalog catalog) {
        this.collections = collections;
        this.catalog = catalog;
        addClassName("pb-collection");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        CollectionSummary collection = collections.find(slug).orElseThrow(NotFoundException::new);
        title = collection.title().in(getLocale());
        removeAll();
        Paragraph description = new Paragraph(collection.description().in(getLocale()));
        description.addClassName("pb-lead");
        add(new H1(title), description);
        List<ProductCard> cards = catalog.cards(collection.products().stream().limit(MAX_PRODUCTS).toList());
        if (cards.isEmpty()) {
            add(new Paragraph(getTranslation("catalog.collection.empty")));
        } else {
            add(new CardGrid(cards, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("shell.brand");
    }
}
