package id.go.bnn.pasarbersinar.catalog;

/** A listing change that cannot be made as asked; the message is a translation key for the person. */
public class InvalidListingException extends IllegalArgumentException {

    private final String messageKey;

    public InvalidListingException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
