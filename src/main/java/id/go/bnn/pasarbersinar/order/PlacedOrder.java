package id.go.bnn.pasarbersinar.order;

/** An order waiting for payment: its number, where to pay, and the signed page to follow it. */
public record PlacedOrder(String number, String paymentUrl, String orderPath) {
}
