package id.go.bnn.pasarbersinar.catalog.ui;

import java.util.List;
import org.jsoup.Jsoup;

/** Reads product cards as a visitor sees them: each card is one node holding its markup. */
final class Cards {

    private Cards() {
    }

    /** The texts of the elements with a class ({@code pb-card-title}, {@code pb-card-price}, …) of each card, in order. */
    static List<String> texts(List<ProductCardComponent> cards, String cssClass) {
        return cards.stream()
                .flatMap(card -> Jsoup.parseBodyFragment(card.getInnerHtml()).select("." + cssClass).eachText().stream())
                .toList();
    }
}
