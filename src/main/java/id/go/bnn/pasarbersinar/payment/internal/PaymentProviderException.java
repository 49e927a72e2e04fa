package id.go.bnn.pasarbersinar.payment.internal;

/**
 * The provider refused a request or could not be reached. {@code definitive} says whether repeating the same request
 * with the same idempotency key could ever succeed (a refusal: no; a timeout or a server error: maybe).
 */
public class PaymentProviderException extends RuntimeException {

    private final boolean definitive;

    public PaymentProviderException(String message, boolean definitive, Throwable cause) {
        super(message, cause);
        this.definitive = definitive;
    }

    public boolean definitive() {
        return definitive;
    }
}
