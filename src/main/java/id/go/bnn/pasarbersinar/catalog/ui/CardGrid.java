package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.html.Div;
import id.go.bnn.pasarbersinar.catalog.ProductCard;
import java.util.List;
import java.util.Locale;

/** A grid of product cards; the first row's pictures load at once, the rest only when scrolled near. */
class CardGrid extends Div {

    static final int EAGER_CARDS = 4;

    CardGrid(List<ProductCard> cards, Locale locale) {
        addClassName("pb-grid");
        for (int i = 0; i < cards.size(); i++) {
            add(new ProductCardComponent(cards.get(i), locale, i >= EAGER_CARDS));
        }
    }
}
