package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/**
 * Money owed to a buyer that no provider API can send back (a payment by virtual account): a refund of a paid order
 * ({@link Kind#REFUND}) or a payment that came after its order had expired ({@link Kind#LATE}). Staff enter the buyer's
 * bank details, one records the transfer made by hand, a second confirms it.
 */
public record OwedRefund(String refundId, Kind kind, String orderNumber, Money amount, Status status, String bankName, String accountNumber,
        String accountHolder, String transferReference, Long recordedBy, Long confirmedBy, Instant createdAt) {

    public enum Kind { REFUND, LATE }

    /** OWED: bank details missing; READY: to be transferred; RECORDED: transferred, to be confirmed; PAID: confirmed. */
    public enum Status { OWED, READY, RECORDED, PAID }
}
