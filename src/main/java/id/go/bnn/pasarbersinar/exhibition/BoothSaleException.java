package id.go.bnn.pasarbersinar.exhibition;

/** A booth request that cannot be done, with the translation key of the reason; nothing was changed. */
public class BoothSaleException extends RuntimeException {

    private final String messageKey;

    public BoothSaleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
