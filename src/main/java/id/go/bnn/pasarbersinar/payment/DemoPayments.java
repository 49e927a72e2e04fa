package id.go.bnn.pasarbersinar.payment;

import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import org.springframework.stereotype.Service;

/**
 * The demo provider's "Bayar" button for the shop itself: the demo module pays the orders of its history exactly as a
 * visitor does on {@code /bayar/demo/{session}}, so every event and ledger posting that follows is the real one. Does
 * nothing with a real provider (there is no demo session to pay).
 */
@Service
public class DemoPayments {

    private static final String PAGE = "/bayar/demo/";

    private final DemoCheckout checkout;

    DemoPayments(DemoCheckout checkout) {
        this.checkout = checkout;
    }

    /** Pays the demo session behind a payment page address ({@code /bayar/demo/demo_…}); false when there is none. */
    public boolean pay(String paymentUrl) {
        if (paymentUrl == null || !paymentUrl.startsWith(PAGE)) {
            return false;
        }
        return checkout.choose(paymentUrl.substring(PAGE.length()), DemoCheckout.Choice.PAY).isPresent();
    }
}
