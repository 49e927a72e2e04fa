package id.go.bnn.pasarbersinar.payment;

/**
 * How a buyer pays. Cards go through Stripe; QRIS, the e-wallets and the bank virtual accounts through Midtrans (or,
 * in the demo, through the demo provider's pages). {@code midtransType} is the {@code enabled_payments} name Midtrans
 * Snap uses for the method; {@code kind} decides how long the buyer may take to pay.
 */
public enum PaymentMethod {
    QRIS(Kind.QR, "other_qris"),
    GOPAY(Kind.E_WALLET, "gopay"),
    SHOPEEPAY(Kind.E_WALLET, "shopeepay"),
    BCA_VA(Kind.VIRTUAL_ACCOUNT, "bca_va"),
    BNI_VA(Kind.VIRTUAL_ACCOUNT, "bni_va"),
    BRI_VA(Kind.VIRTUAL_ACCOUNT, "bri_va"),
    MANDIRI_VA(Kind.VIRTUAL_ACCOUNT, "echannel"),
    PERMATA_VA(Kind.VIRTUAL_ACCOUNT, "permata_va"),
    CARD(Kind.CARD, "credit_card");

    public enum Kind { QR, E_WALLET, VIRTUAL_ACCOUNT, CARD }

    private final Kind kind;
    private final String midtransType;

    PaymentMethod(Kind kind, String midtransType) {
        this.kind = kind;
        this.midtransType = midtransType;
    }

    public Kind kind() {
        return kind;
    }

    public String midtransType() {
        return midtransType;
    }

    public boolean isVirtualAccount() {
        return kind == Kind.VIRTUAL_ACCOUNT;
    }
}
