package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/** The provider's final word on a refund: succeeded (the money went back) or failed. Published once per refund. */
public record RefundSettled(String refundId, String orderNumber, Money amount, boolean succeeded, Instant at) {
}
