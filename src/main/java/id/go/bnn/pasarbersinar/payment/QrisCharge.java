package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/**
 * How a booth's charge stands ({@code method}: QRIS, or CARD for a card payment on the buyer's phone). While {@code OPEN}: {@code qrPayload} is what the buyer scans (the provider's QR
 * string, or the demo's payload), {@code qrImage} the same drawn as a PNG {@code data:} address, {@code payPage} the
 * demo page on which a second phone "pays" it (demo only, else null) and {@code payableUntil} when it closes.
 * {@code paymentReference} is the provider's id of the payment once {@code PAID}. For a card charge the QR code is the
 * address of the provider's card page (the demo's in the demo), which is also {@code payPage}, the link the buyer may
 * open instead of scanning.
 */
public record QrisCharge(String chargeKey, State state, Money amount, String qrPayload, String qrImage, String payPage, Instant payableUntil,
        String paymentReference, boolean demo, PaymentMethod method) {

    public enum State { OPEN, PAID, FAILED, EXPIRED }
}
