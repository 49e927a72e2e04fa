package id.go.bnn.pasarbersinar.exhibition;

import id.go.bnn.pasarbersinar.payment.PaymentMethod;

/**
 * How a booth buyer paid. Cash and a transfer to the group's own QRIS (its reference typed by the seller) are already
 * in the group's hands: the ledger credits the group's earnings and books the money as held, so no payout pays it again.
 * QRIS through the shop's payment provider ({@code QRIS_PROVIDER}) and a card paid on the buyer's phone through the
 * shop's card provider ({@code CARD}), both online only and recorded once the provider confirmed them, are the
 * platform's money, like an online order's: the group's earnings are payable by the next payout.
 */
public enum BoothPayment {
    CASH, QRIS_REFERENCE, QRIS_PROVIDER, CARD;

    public boolean heldByGroup() {
        return !throughProvider();
    }

    /** Paid through one of the shop's payment providers: a booth charge ({@link BoothQris}) confirmed by it. */
    public boolean throughProvider() {
        return this == QRIS_PROVIDER || this == CARD;
    }

    /** The provider's method of a booth charge paid this way: a card's for {@code CARD}, QRIS's for {@code QRIS_PROVIDER}. */
    public PaymentMethod providerMethod() {
        if (!throughProvider()) {
            throw new IllegalStateException(this + " is not paid through a provider");
        }
        return this == CARD ? PaymentMethod.CARD : PaymentMethod.QRIS;
    }
}
