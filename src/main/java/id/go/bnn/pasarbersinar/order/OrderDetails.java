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

    public record Contact(String name, String email, String phone, String street, String district, String regency,
            String provinceCode, String provinceName, String postalCode, String notes) {

        /** The address as it goes on a parcel, one line per part. */
        public List<String> addressLines() {
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
