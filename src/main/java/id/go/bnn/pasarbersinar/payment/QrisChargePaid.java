package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/**
 * The provider confirmed a booth's QRIS charge ({@link QrisCharges}), however it told (its notification, the booth
 * page's check, the demo page): published once per charge, with the charge's key (the booth sale's id).
 */
public record QrisChargePaid(String chargeKey, Money amount, String paymentReference, Instant at) {
}
