package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.html.Div;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import java.util.List;
import java.util.Locale;

/**
 * A grid of product cards; the first row's pictures load at once (the first two, what a phone shows above the fold,
 * with high priority), the rest only when scrolled near.
 */
class CardGrid extends Div {

    static final int EAGER_CARDS = 4;
    static final int URGENT_CARDS = 2;

    CardGrid(List<ProductCard> cards, Locale locale) {
        this(cards, locale, EAGER_CARDS);
    }

    /** {@code eager}: how many cards at the top load their pictures at once (0 for a grid below the fold). */
    CardGrid(List<ProductCard> cards, Locale locale, int eager) {
        addClassName("pb-grid");
        for (int i = 0; i < cards.size(); i++) {
            ProductCardComponent.Loading loading = i < Math.min(eager, URGENT_CARDS) ? ProductCardComponent.Loading.URGENT
                    : i < eager ? ProductCardComponent.Loading.EAGER : ProductCardComponent.Loading.LAZY;
            add(new ProductCardComponent(cards.get(i), locale, loading));
        }
    }
}
