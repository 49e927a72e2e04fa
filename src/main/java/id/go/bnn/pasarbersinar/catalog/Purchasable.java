package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;

/**
 * A variant as the cart and checkout see it: its price and stock now, its product's weight and owner, and whether
 * the public may buy it at all ({@code onSale}: approved, of a verified group).
 */
public record Purchasable(long variantId, long productId, String slug, LocalizedText title, LocalizedText variantName,
        boolean onlyVariant, Money price, int stock, int weightGrams, long groupId, String categoryCode, boolean onSale) {

    /** "Tas anyaman (Besar)" or just the title when the product has a single kind. */
    public String label(java.util.Locale locale) {
        return onlyVariant ? title.in(locale) : title.in(locale) + " (" + variantName.in(locale) + ")";
    }
}
