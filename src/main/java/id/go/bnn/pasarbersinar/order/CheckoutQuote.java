package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;

/** The summary before paying: each parcel's items and shipping to the chosen province, and the total. */
public record CheckoutQuote(CartContents cart, List<Money> shipping, String destinationProvince) {

    public CheckoutQuote {
        shipping = List.copyOf(shipping);
    }

    public Money shippingTotal() {
        return shipping.stream().reduce(Money.ZERO, Money::plus);
    }

    public Money total() {
        return cart.itemsTotal().plus(shippingTotal());
    }
}
