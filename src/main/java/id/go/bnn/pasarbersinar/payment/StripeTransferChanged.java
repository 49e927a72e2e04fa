package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/**
 * Stripe told us (a signed webhook: {@code transfer.created}, {@code transfer.updated} or {@code transfer.reversed})
 * the state of a Connect transfer. The payment module only receives the webhook; the payout module, which made the
 * transfer, decides what it means. {@code payoutKey} is the transfer's metadata {@code payout} (the payout's
 * idempotency key, {@code payout-<id>}), {@code transferGroup} its transfer group ({@code run-<id>}). Amounts in
 * rupiah. Published once per Stripe event; events may arrive twice or out of order.
 */
public record StripeTransferChanged(String eventId, String eventType, String transferId, String transferGroup, String payoutKey,
        Money amount, Money amountReversed, boolean reversed, Instant at) {

    /** Stripe took the whole transfer back from the connected account. */
    public boolean fullyReversed() {
        return reversed || amountReversed.rupiah() >= amount.rupiah() && amount.rupiah() > 0;
    }
}
