package id.go.bnn.pasarbersinar.payout;

/**
 * PENDING (created by a run, money set aside) → SENT (Stripe accepted the transfer / staff recorded the bank transfer)
 * → PAID (reconciled with Stripe / approved by a second administrator). FAILED can be retried (same idempotency key)
 * or REVERSED, which puts the money back into the group's available balance.
 */
public enum PayoutStatus { PENDING, SENT, PAID, FAILED, REVERSED }
