package id.go.bnn.pasarbersinar.catalog;

/** A change to a collection refused for its content; the message is a translation key. Nothing was changed. */
public class CollectionException extends IllegalArgumentException {

    private final String messageKey;

    public CollectionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
