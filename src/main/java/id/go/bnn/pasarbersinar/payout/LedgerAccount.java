package id.go.bnn.pasarbersinar.payout;

/**
 * The ledger's accounts. Group accounts are kept per producer group; platform accounts under group 0. An entry's amount
 * is a credit when positive and a debit when negative, and the entries of one transaction sum to zero.
 */
public enum LedgerAccount {
    /** Earned by the group, not payable yet (not delivered, or within the holding period). */
    GROUP_PENDING,
    /** Payable at the next payout run; may be negative after a refund, and is then carried into the next payout. */
    GROUP_AVAILABLE,
    /** Taken out of available for a payout that is on its way (PENDING or SENT). */
    GROUP_PAYOUT_IN_PROGRESS,
    /** Paid to the group (credited when a payout is confirmed paid, out of payout in progress). */
    GROUP_PAID_OUT,
    /**
     * Money of booth sales the group took itself at an exhibition (cash, its own QRIS): credited when the sale is
     * recorded, out of available, so the group's payable balance keeps only what it owes in commission.
     */
    GROUP_HELD_AT_BOOTH,
    /** The items part of buyers' payments the platform received (debited on payment). */
    PLATFORM_BUYER_PAYMENTS,
    /** The shipping part of buyers' payments, passed through to the groups that ship (debited on payment). */
    PLATFORM_SHIPPING_PASSED_THROUGH,
    /** The platform's commission (credited on payment, debited when a refund gives it back). */
    PLATFORM_COMMISSION,
    /** Money returned to buyers (credited on refund). */
    PLATFORM_REFUNDS,
    /**
     * What payment providers keep of buyers' payments (Midtrans's fee): the platform's expense, debited here and
     * credited to buyer payments (less money received), never taken from a group's share.
     */
    PLATFORM_PAYMENT_FEES,
    /** Refunds the platform bears itself (a curator decided a dispute at the platform's cost): debited on such a refund. */
    PLATFORM_DISPUTE_COSTS,
    /** What buyers paid at exhibition booths (debited when a booth sale is recorded), whoever took the money. */
    PLATFORM_BOOTH_SALES;

    public static final long PLATFORM = 0;

    public boolean isGroupAccount() {
        return name().startsWith("GROUP_");
    }
}
