package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * What the buyer pays for one order: one parcel per producer group, each with its items and shipping. The total
 * must equal the sum of the parcels; {@code successUrl} and {@code cancelUrl} are absolute addresses of the shop.
 * {@code payableUntil} is the end of the order's stock reservation (null: {@code pasar.payment.session-validity} from
 * now); the payment page closes then (Stripe accepts 30 minutes to 24 hours ahead and the value is kept within that;
 * the order's expiry job closes it exactly with {@code Payments.expire}).
 */
public record CheckoutRequest(String orderNumber, String buyerEmail, Money total, List<Parcel> parcels, String successUrl,
        String cancelUrl, Instant payableUntil) {

    public CheckoutRequest(String orderNumber, String buyerEmail, Money total, List<Parcel> parcels, String successUrl, String cancelUrl) {
        this(orderNumber, buyerEmail, total, parcels, successUrl, cancelUrl, null);
    }

    public CheckoutRequest {
        parcels = List.copyOf(parcels);
        Money sum = parcels.stream().map(Parcel::total).reduce(Money.ZERO, Money::plus);
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("Order " + orderNumber + " totals " + total + " but its parcels sum to " + sum);
        }
    }

    public record Parcel(long groupId, String groupName, Money shipping, List<Item> items) {

        public Parcel {
            items = List.copyOf(items);
        }

        public Money total() {
            return items.stream().map(Item::total).reduce(shipping, Money::plus);
        }
    }

    public record Item(String name, int quantity, Money unitPrice) {

        public Money total() {
            return unitPrice.times(quantity);
        }
    }
}
