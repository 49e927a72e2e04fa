package id.go.bnn.pasarbersinar.payout;

/**
 * A payout request that cannot be done, with the translation key of the message staff or the group should read
 * ({@code payout.error.…}). Nothing was changed when it is thrown.
 */
public class PayoutException extends RuntimeException {

    private final String messageKey;

    public PayoutException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
