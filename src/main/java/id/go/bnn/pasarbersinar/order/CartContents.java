package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.catalog.Purchasable;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;

/** A cart as the buyer sees it: one parcel per producer group, each line checked against today's stock and price. */
public record CartContents(List<Parcel> parcels) {

    public CartContents {
        parcels = List.copyOf(parcels);
    }

    public enum Problem {
        /** Nothing left of it. */
        SOLD_OUT,
        /** Fewer left than the cart holds; the quantity must come down. */
        NOT_ENOUGH,
        /** No longer on sale (withdrawn, group suspended, deleted). */
        WITHDRAWN
    }

    public record Line(long variantId, Purchasable item, int quantity, Money priceAdded, Problem problem) {

        public Money unitPrice() {
            return item.price();
        }

        public Money total() {
            return item.price().times(quantity);
        }

        public boolean priceChanged() {
            return !priceAdded.equals(item.price());
        }

        public boolean payable() {
            return problem == null;
        }
    }

    public record Parcel(long groupId, String groupName, String groupProvinceCode, List<Line> lines) {

        public Parcel {
            lines = List.copyOf(lines);
        }

        public Money itemsTotal() {
            return lines.stream().map(Line::total).reduce(Money.ZERO, Money::plus);
        }

        public int weightGrams() {
            return lines.stream().mapToInt(line -> line.item().weightGrams() * line.quantity()).sum();
        }
    }

    public boolean isEmpty() {
        return parcels.isEmpty();
    }

    public List<Line> lines() {
        return parcels.stream().flatMap(parcel -> parcel.lines().stream()).toList();
    }

    public int itemCount() {
        return lines().stream().mapToInt(Line::quantity).sum();
    }

    public Money itemsTotal() {
        return parcels.stream().map(Parcel::itemsTotal).reduce(Money.ZERO, Money::plus);
    }

    /** Every line can be paid as it stands. */
    public boolean payable() {
        return !isEmpty() && lines().stream().allMatch(Line::payable);
    }

    public boolean anyPriceChanged() {
        return lines().stream().anyMatch(Line::priceChanged);
    }
}
