package id.go.bnn.pasarbersinar.payment;

/** Where to send the buyer to pay: the provider's session id (kept with the order) and the page's address. */
public record PaymentRedirect(String sessionId, String url) {
}
