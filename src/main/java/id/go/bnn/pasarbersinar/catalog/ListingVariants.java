package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.catalog.internal.Product;
import id.go.bnn.pasarbersinar.catalog.internal.ProductVariant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Component;

/**
 * Applies the editor's variants to a listing: names and prices on the entity, stock through {@link Stock} only. The
 * stock the producer typed is set only where it still is the stock they were shown; where orders moved it meanwhile
 * the whole save is refused with the current figures ({@link StockMovedException}), so no save undoes a reservation.
 */
@Component
class ListingVariants {

    private final Stock stock;

    ListingVariants(Stock stock) {
        this.stock = stock;
    }

    void sync(Product product, ListingEdit edit, boolean pricesFree, Map<String, Long> pricesForReview,
            BiPredicate<Long, Long> withinLimit) {
        Map<String, ListingEdit.Variant> wantedBySku = new LinkedHashMap<>();
        List<ListingEdit.Variant> added = new ArrayList<>();
        for (ListingEdit.Variant wanted : edit.variants()) {
            if (wanted.sku() != null && product.variant(wanted.sku()).isPresent()) {
                wantedBySku.putIfAbsent(wanted.sku(), wanted);
            } else {
                added.add(wanted);
            }
        }
        applyStock(product, wantedBySku);
        Set<String> keep = new HashSet<>();
        for (ListingEdit.Variant wanted : wantedBySku.values()) {
            ProductVariant existing = product.variant(wanted.sku()).orElseThrow();
            keep.add(existing.getSku());
            existing.rename(wanted.nameId(), blankToNull(wanted.nameEn()));
            if (!Objects.equals(existing.getPrice(), wanted.price())) {
                long before = existing.getPrice() == null ? product.getPrice() : existing.getPrice();
                long after = wanted.price() == null ? edit.price() : wanted.price();
                if (pricesFree || withinLimit.test(before, after)) {
                    existing.changePrice(wanted.price());
                } else {
                    pricesForReview.put(existing.getSku(), wanted.price());
                }
            }
        }
        product.keepVariants(keep);
        int addedStock = 0;
        for (ListingEdit.Variant variant : added) {
            product.addVariant(newSku(), variant.nameId(), blankToNull(variant.nameEn()), variant.price(), variant.stock());
            addedStock += variant.stock();
        }
        if (!added.isEmpty()) {
            stock.added(product.getId(), addedStock);
        }
    }

    // In variant order, as checkout reserves, so that an editor and a checkout never wait on each other in a circle.
    private void applyStock(Product product, Map<String, ListingEdit.Variant> wantedBySku) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        List<ProductVariant> existing = product.getVariants().stream().sorted(Comparator.comparing(ProductVariant::getId)).toList();
        for (ProductVariant variant : existing) {
            ListingEdit.Variant wanted = wantedBySku.get(variant.getSku());
            if (wanted == null) {
                stock.withdraw(product.getId(), variant.getId());
            } else if (wanted.stockSeen() == null) {
                if (wanted.stock() != variant.getStock()) {
                    moved.put(variant.getSku(), stock.current(variant.getId()));
                }
            } else if (!stock.setIfUnchanged(product.getId(), variant.getId(), wanted.stockSeen(), wanted.stock())) {
                moved.put(variant.getSku(), stock.current(variant.getId()));
            }
        }
        if (!moved.isEmpty()) {
            throw new StockMovedException(moved);
        }
    }

    static String newSku() {
        return "PB-" + UUID.randomUUID().toString().substring(0, 13).replace("-", "").toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
