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

    /** The translation key of the method's name, without a logo ("QRIS", "BCA virtual account"). */
    public String nameKey() {
        return switch (this) {
            case QRIS -> "payment.method.qris";
            case GOPAY -> "payment.method.gopay";
            case SHOPEEPAY -> "payment.method.shopeepay";
            case BCA_VA -> "payment.method.bca-va";
            case BNI_VA -> "payment.method.bni-va";
            case BRI_VA -> "payment.method.bri-va";
            case MANDIRI_VA -> "payment.method.mandiri-va";
            case PERMATA_VA -> "payment.method.permata-va";
            case CARD -> "payment.method.card";
        };
    }

    /** The translation key of one line on how paying this way works (shown under the name at checkout). */
    public String howKey() {
        return switch (this) {
            case QRIS -> "payment.method.qris.how";
            case GOPAY -> "payment.method.gopay.how";
            case SHOPEEPAY -> "payment.method.shopeepay.how";
            case BCA_VA -> "payment.method.bca-va.how";
            case BNI_VA -> "payment.method.bni-va.how";
            case BRI_VA -> "payment.method.bri-va.how";
            case MANDIRI_VA -> "payment.method.mandiri-va.how";
            case PERMATA_VA -> "payment.method.permata-va.how";
            case CARD -> "payment.method.card.how";
        };
    }
}
