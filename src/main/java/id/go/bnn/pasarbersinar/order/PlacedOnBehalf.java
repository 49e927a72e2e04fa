package id.go.bnn.pasarbersinar.order;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/**
 * An order taken on a buyer's behalf, waiting for the card payment whose link was mailed to the buyer:
 * {@code paymentUrl} is that link (absolute), {@code orderUrl} the signed page to follow the order, both valid until
 * {@code payableUntil}; the stock stays reserved until then. {@code duplicate}: the order had been placed already for
 * this request (sent twice); nothing new was placed or mailed, and {@code paymentUrl} is null (the buyer has it by mail).
 */
public record PlacedOnBehalf(String number, String email, Money itemsTotal, Money shippingTotal, Money total, String paymentUrl,
        String orderUrl, Instant payableUntil, boolean duplicate) {
}
