package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import java.util.Locale;

/**
 * The demo provider's virtual account numbers: the bank's company prefix (as the banks give Midtrans) followed by
 * digits derived from the order number, so that one order always shows the same number and two orders never share
 * one. No bank knows these numbers: nothing can be paid into them.
 */
public final class DemoVirtualAccount {

    private DemoVirtualAccount() {
    }

    /** The number for an order ("PB-2612-4K7Q" at BCA: "39358" + "2612" + the suffix in base 36 as seven digits). */
    public static String number(PaymentMethod bank, String orderNumber) {
        String[] parts = orderNumber.split("-");
        String digits = parts.length == 3 && parts[1].matches("\\d{4}") && parts[2].matches("[A-Za-z0-9]{1,4}")
                ? parts[1] + String.format("%07d", Long.parseLong(parts[2].toUpperCase(Locale.ROOT), 36))
                : String.format("%011d", Math.floorMod(orderNumber.hashCode(), 100_000_000_000L));
        return prefix(bank) + digits;
    }

    private static String prefix(PaymentMethod bank) {
        return switch (bank) {
            case BCA_VA -> "39358";
            case BNI_VA -> "8808";
            case BRI_VA -> "26215";
            case MANDIRI_VA -> "89608";
            case PERMATA_VA -> "8625";
            default -> throw new IllegalArgumentException(bank + " is not a virtual account");
        };
    }
}
