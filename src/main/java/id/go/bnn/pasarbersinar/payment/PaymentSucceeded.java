package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/** The provider confirmed the payment of an order (published once per order, however often it is told). */
public record PaymentSucceeded(String orderNumber, String sessionId, Money amount, Instant at) {
}
