package id.go.bnn.pasarbersinar.identity;

/**
 * A request about an account that cannot be done, with the translation key of the message the user should read
 * ({@code identity.error.…}). Nothing was changed when it is thrown.
 */
public class AccountException extends RuntimeException {

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
