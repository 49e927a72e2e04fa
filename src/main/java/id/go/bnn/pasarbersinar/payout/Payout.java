package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;

/** One payout to one group in one run, as staff and the group see it. */
public record Payout(long id, long runId, long groupId, Money amount, PayoutMethod method, String destination, PayoutStatus status,
        String stripeTransferId, String bankReference, Long recordedBy, Long approvedBy, String failure, boolean hasProof,
        Instant createdAt, Instant updatedAt) {

    /** Our idempotency key at Stripe: one key per payout, whatever happens, so a retry can never pay twice. */
    public String idempotencyKey() {
        return "payout-" + id;
    }

    /** Stripe's transfer_group: our run. */
    public String transferGroup() {
        return "run-" + runId;
    }
}
