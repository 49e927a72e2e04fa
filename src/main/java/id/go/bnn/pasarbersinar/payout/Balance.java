package id.go.bnn.pasarbersinar.payout;

import id.go.bnn.pasarbersinar.shared.Money;

/**
 * A group's money now: pending (earned, not payable yet), available (payable; negative after a refund, then carried
 * into the next payout), on its way (payouts not confirmed yet), paid out in all, and what the next run would pay
 * (zero below the minimum or without a destination).
 */
public record Balance(Money pending, Money available, Money inProgress, Money paidOut, Money nextPayout, Money minimum,
        boolean hasDestination) {
}
