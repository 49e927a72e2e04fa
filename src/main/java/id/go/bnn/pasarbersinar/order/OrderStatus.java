package id.go.bnn.pasarbersinar.order;

/**
 * The payment side of an order: waiting for the provider, paid, or closed without payment (failed, abandoned or
 * expired: its stock went back on sale). The parcels move on their own after payment.
 */
public enum OrderStatus {
    AWAITING_PAYMENT, PAID, EXPIRED
}
