package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the buyer pays for one order: one parcel per producer group, each with its items and shipping. The total
 * must equal the sum of the parcels; {@code successUrl} and {@code cancelUrl} are absolute addresses of the shop.
 * {@code payableUntil} is the end of the order's stock reservation (null: {@code pasar.payment.session-validity} from
 * now); the payment page closes then (Stripe accepts 30 minutes to 24 hours ahead and the value is kept within that;
 * the order's expiry job closes it exactly with {@code Payments.expire}). {@code language} is the buyer's ("id" or
 * "en"; null: Indonesian), in which the provider's page names what is bought. {@code method} is how the buyer chose to
 * pay (null: the configured provider's own page decides, as before methods could be chosen).
 */
public record CheckoutRequest(String orderNumber, String buyerEmail, Money total, List<Parcel> parcels, String successUrl,
        String cancelUrl, Instant payableUntil, String language, PaymentMethod method) {

    public CheckoutRequest(String orderNumber, String buyerEmail, Money total, List<Parcel> parcels, String successUrl,
            String cancelUrl, Instant payableUntil, String language) {
        this(orderNumber, buyerEmail, total, parcels, successUrl, cancelUrl, payableUntil, language, null);
    }

    public CheckoutRequest(String orderNumber, String buyerEmail, Money total, List<Parcel> parcels, String successUrl, String cancelUrl) {
        this(orderNumber, buyerEmail, total, parcels, successUrl, cancelUrl, null, null);
    }

    public CheckoutRequest(String orderNumber, String buyerEmail, Money total, List<Parcel> parcels, String successUrl, String cancelUrl,
            Instant payableUntil) {
        this(orderNumber, buyerEmail, total, parcels, successUrl, cancelUrl, payableUntil, null);
    }

    /** The buyer's language as a locale: English when the buyer shops in English, else Indonesian. */
    public Locale locale() {
        return "en".equals(language) ? LocalizedText.ENGLISH : LocalizedText.INDONESIAN;
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

    /** {@code name} is the Indonesian label, {@code nameEn} the English one (null: none written, or an older request). */
    public record Item(String name, String nameEn, int quantity, Money unitPrice) {

        public Item(String name, int quantity, Money unitPrice) {
            this(name, null, quantity, unitPrice);
        }

        public String name(Locale locale) {
            return new LocalizedText(name, nameEn).in(locale);
        }

        public Money total() {
            return unitPrice.times(quantity);
        }
    }
}
