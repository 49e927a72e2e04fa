package id.go.bnn.pasarbersinar.payment;

/**
 * The payment provider could not be reached or answered with a server error. Nothing is lost: what was asked is kept
 * with its idempotency key, and calling again repeats it safely. Pages say "payment is unavailable, try again".
 */
public class PaymentUnavailableException extends RuntimeException {

    public PaymentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
