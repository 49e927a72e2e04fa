package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;

/** Money to give back for an order. {@code refundId} is the caller's own id: the idempotency key at the provider. */
public record RefundRequest(String refundId, String orderNumber, Money amount, String reason) {
}
