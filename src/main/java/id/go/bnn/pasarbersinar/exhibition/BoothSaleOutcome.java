package id.go.bnn.pasarbersinar.exhibition;

/**
 * What became of one sale the phone sent: recorded (stock taken), a duplicate of one already received (nothing
 * changed), kept but short of stock (flagged for the seller and staff), or refused (nothing stored) with the
 * translation key of the reason.
 */
public record BoothSaleOutcome(String saleKey, Result result, String messageKey, String receiptToken) {

    public enum Result { RECORDED, DUPLICATE, SHORT, REFUSED }

    public static BoothSaleOutcome refused(String saleKey, String messageKey) {
        return new BoothSaleOutcome(saleKey, Result.REFUSED, messageKey, null);
    }
}
