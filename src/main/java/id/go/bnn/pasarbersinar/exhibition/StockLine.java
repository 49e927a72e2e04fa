package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.Locale;

/**
 * One variant's stock at an exhibition: moved there (allocated), sold at the booth, given back to online sale when the
 * event ended (returned), and what is at the booth now; {@code online} is the variant's online stock now.
 */
public record StockLine(long variantId, long productId, String slug, long groupId, String groupName, LocalizedText title,
        LocalizedText variantName, boolean onlyVariant, Money price, int allocated, int sold, int returned, int online) {

    public int onHand() {
        return allocated - sold - returned;
    }

    /** "Tas anyaman (Besar)" or just the title when the product has a single kind. */
    public String label(Locale locale) {
        return onlyVariant ? title.in(locale) : title.in(locale) + " (" + variantName.in(locale) + ")";
    }
}
