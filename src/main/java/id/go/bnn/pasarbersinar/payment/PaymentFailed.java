package id.go.bnn.pasarbersinar.payment;

import java.time.Instant;

/** The payment of an order failed, was abandoned or expired: its reserved stock may go back on sale. */
public record PaymentFailed(String orderNumber, String sessionId, String reason, Instant at) {
}
