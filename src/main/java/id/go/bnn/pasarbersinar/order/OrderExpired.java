package id.go.bnn.pasarbersinar.order;

import java.time.Instant;

/**
 * An order closed unpaid (payment failed, abandoned, could not start, or its time to pay ran out); its stock is back
 * on sale online. Published once per order, in the transaction that closed it.
 */
public record OrderExpired(String orderNumber, Instant at) {
}
