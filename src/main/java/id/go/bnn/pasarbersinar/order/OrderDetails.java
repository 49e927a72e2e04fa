package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * An order as one caller may see it: the parcels it may see (all for the buyer and administrators, its own for a
 * group, its provinces' for a curator) and the contact and address, which everyone who may see a parcel needs.
 * {@code paymentMethod} is how the buyer chose to pay (null: an order from before the choice, or none offered).
 */
public record OrderDetails(String number, OrderStatus status, Instant createdAt, Instant reservedUntil, Instant paidAt,
        Contact contact, Money itemsTotal, Money shippingTotal, Money total, List<Parcel> parcels, boolean buyer,
        PaymentMethod paymentMethod) {

    public OrderDetails {
        parcels = List.copyOf(parcels);
    }

    /**
     * Who ordered and where the parcels go. {@code countryCode} is ISO 3166-1 alpha-2 ({@link Countries#INDONESIA} for
     * an address in Indonesia); abroad there is no province or district, {@code regency} is the city and {@code street}
     * the address lines as typed.
     */
    public record Contact(String name, String email, String phone, String street, String district, String regency,
            String provinceCode, String provinceName, String postalCode, String notes, String countryCode) {

        public boolean abroad() {
            return !Countries.INDONESIA.equals(countryCode);
        }

        /** The city (abroad) or the regency, with the province or the country: where the parcel goes, in short. */
        public String destination() {
            return abroad() ? regency + ", " + Countries.name(countryCode, java.util.Locale.ENGLISH) : regency + ", " + provinceName;
        }

        /**
         * The address as it goes on a parcel, one line per part; abroad in the international order (lines, postal code
         * and city, the country in English in capitals), as postal services ask for it.
         */
        public List<String> addressLines() {
            if (abroad()) {
                List<String> lines = new java.util.ArrayList<>();
                lines.add(name);
                street.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
                lines.add((postalCode + " " + regency).strip());
                lines.add(Countries.name(countryCode, java.util.Locale.ENGLISH).toUpperCase(java.util.Locale.ENGLISH));
                lines.add(phone);
                return List.copyOf(lines);
            }
            return List.of(name, street, district + ", " + regency, provinceName + " " + postalCode, phone);
        }
    }

    public record Parcel(long fulfilmentId, long groupId, String groupName, String provinceCode, FulfilmentStatus status,
            Money items, Money shipping, Money refunded, String courier, String trackingNumber, Instant shippedAt,
            Instant deliveredAt, List<Line> lines, boolean shippingRefunded, Money refundPending) {

        public Parcel {
            lines = List.copyOf(lines);
        }

        public Money total() {
            return items.plus(shipping);
        }

        /** The items not yet refunded or asked back, at their price. */
        public Money itemsLeft() {
            Money sum = Money.ZERO;
            for (Line line : lines) {
                sum = sum.plus(line.unitPrice().times(line.quantityLeft()));
            }
            return sum;
        }

        /** The shipping, unless a refund took it or is taking it. */
        public Money shippingLeft() {
            return shippingRefunded ? Money.ZERO : shipping;
        }

        /** What can still go back: paid minus what earlier refunds returned or are returning, per line and for shipping. */
        public Money refundable() {
            return itemsLeft().plus(shippingLeft());
        }

        /** Refunded, or asked for and on its way back. */
        public Money refundedOrPending() {
            return refunded.plus(refundPending);
        }

        public boolean partlyRefunded() {
            return refunded.rupiah() > 0 && status != FulfilmentStatus.REFUNDED;
        }
    }

    /** {@code label}: what was bought as it was named when ordered, in both languages ("Tas anyaman (Cokelat)"). */
    public record Line(long lineId, long productId, long variantId, LocalizedText label, int quantity, int refundedQuantity,
            Money unitPrice) {

        public Money total() {
            return unitPrice.times(quantity);
        }

        /** Not yet refunded nor asked back. */
        public int quantityLeft() {
            return quantity - refundedQuantity;
        }
    }
}
