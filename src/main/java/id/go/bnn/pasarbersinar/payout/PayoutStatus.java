package id.go.bnn.pasarbersinar.payout;

/**
 * PENDING (created by a run, money set aside) → SENT (Stripe accepted the transfer / staff recorded the bank transfer)
 * → PAID (reconciled with Stripe / approved by a second administrator). FAILED can be retried (same idempotency key)
 * or REVERSED, which puts the money back into the group's available balance.
 */
public enum PayoutStatus {
    PENDING("payout.status.pending"), SENT("payout.status.sent"), PAID("payout.status.paid"), FAILED("payout.status.failed"),
    REVERSED("payout.status.reversed");

    private final String messageKey;

    PayoutStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
