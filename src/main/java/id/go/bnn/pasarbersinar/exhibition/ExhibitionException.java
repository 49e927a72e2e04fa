package id.go.bnn.pasarbersinar.exhibition;

/**
 * A request about an exhibition that cannot be done, with the translation key of the message the person should read
 * ({@code exhibition.error.…}). Nothing was changed when it is thrown.
 */
public class ExhibitionException extends RuntimeException {

    private final String messageKey;

    public ExhibitionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
