package id.go.bnn.pasarbersinar.catalog;

/** An upload that is not a picture the shop accepts; the message is a translation key for the user. */
public class InvalidImageException extends IllegalArgumentException {

    private final String messageKey;

    public InvalidImageException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
