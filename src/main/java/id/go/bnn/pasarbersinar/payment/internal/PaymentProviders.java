package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.PaymentMethod;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which provider takes which method: the card goes to Stripe (the primary provider) when it is configured; QRIS, the
 * e-wallets and the virtual accounts to Midtrans when it is configured; in the demo, when neither is, everything to
 * the demo provider. A payment attempt records its provider's name, and everything that follows (lookup, expiry,
 * refund, notifications) goes back to that one through {@link #named(String)}.
 */
public class PaymentProviders {

    private static final PaymentProvider NONE = new NoPaymentProvider();

    private final PaymentProvider primary;
    private final Optional<MidtransPaymentProvider> midtrans;

    PaymentProviders(PaymentProvider primary, Optional<MidtransPaymentProvider> midtrans) {
        this.primary = primary;
        this.midtrans = midtrans;
    }

    /** The primary provider alone (Stripe, the demo one or none), as before Midtrans. */
    public static PaymentProviders of(PaymentProvider primary) {
        return new PaymentProviders(primary, Optional.empty());
    }

    /** The provider for a method the buyer chose; null: the card provider if there is one, else Midtrans's page decides. */
    public PaymentProvider forMethod(PaymentMethod method) {
        if (primary.isDemo()) {
            return primary;
        }
        if (method == null) {
            return primary.available() ? primary : midtrans.<PaymentProvider>map(m -> m).orElse(primary);
        }
        if (method == PaymentMethod.CARD) {
            return primary;
        }
        return midtrans.<PaymentProvider>map(m -> m).orElse(NONE);
    }

    /** The provider that opened a session (its recorded name); none when it is no longer configured. */
    public PaymentProvider named(String name) {
        if (MidtransPaymentProvider.NAME.equals(name)) {
            return midtrans.<PaymentProvider>map(m -> m).orElse(NONE);
        }
        return primary.name().equals(name) ? primary : NONE;
    }

    Optional<MidtransPaymentProvider> midtrans() {
        return midtrans;
    }

    /** The methods that can be paid now, in checkout's order: all in the demo, the card with Stripe, the rest with Midtrans. */
    public List<PaymentMethod> availableMethods() {
        if (primary.isDemo()) {
            return List.of(PaymentMethod.values());
        }
        boolean cards = primary.available();
        boolean local = midtrans.isPresent();
        return Arrays.stream(PaymentMethod.values())
                .filter(method -> method == PaymentMethod.CARD ? cards : local)
                .toList();
    }

    public boolean isDemo() {
        return primary.isDemo();
    }
}
