package id.go.bnn.pasarbersinar.exhibition;

/**
 * How a booth buyer paid. Cash and a transfer to the group's own QRIS (its reference typed by the seller) are already
 * in the group's hands: the ledger credits the group's earnings and books the money as held, so no payout pays it again.
 * QRIS through the shop's payment provider ({@code QRIS_PROVIDER}, online only) is the platform's money, like an online
 * order's: the group's earnings are payable by the next payout.
 */
public enum BoothPayment {
    CASH, QRIS_REFERENCE, QRIS_PROVIDER;

    public boolean heldByGroup() {
        return this != QRIS_PROVIDER;
    }
}
