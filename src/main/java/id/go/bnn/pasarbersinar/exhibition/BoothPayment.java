package id.go.bnn.pasarbersinar.exhibition;

/**
 * How a booth buyer paid. Cash and a transfer to the group's own QRIS (its reference typed by the seller) are already
 * in the group's hands: the ledger credits the group's earnings and books the money as held, so no payout pays it again.
 */
public enum BoothPayment {
    CASH, QRIS_REFERENCE;

    public boolean heldByGroup() {
        return true;
    }
}
