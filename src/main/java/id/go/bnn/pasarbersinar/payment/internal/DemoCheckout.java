package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Attempt;
import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.SessionStatus;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo payment page shows and does. Anyone holding the page's address (an unguessable session id, as at
 * Stripe) may pay, fail or abandon it; each choice is recorded as the provider's answer and published once.
 * {@code EXPIRE} stands in for the method's time running out (a QR code or a virtual account not paid in time): the
 * session closes as expired, as the expiry job would close it, and the order releases its stock on hearing it.
 */
@Service
public class DemoCheckout {

    public enum Choice { PAY, FAIL, ABANDON, EXPIRE }

    /** {@code payableUntil}: when the order's time to pay ends (the deadline a virtual account names). */
    public record DemoSession(String sessionId, CheckoutRequest request, boolean open, Instant payableUntil) {
    }

    private final PaymentStore store;
    private final PaymentOutcomes outcomes;
    private final PaymentProvider provider;

    DemoCheckout(PaymentStore store, PaymentOutcomes outcomes, PaymentProvider provider) {
        this.store = store;
        this.outcomes = outcomes;
        this.provider = provider;
    }

    /** The demo session behind a page address; empty for anything else (a Stripe session, a made-up id). */
    public Optional<DemoSession> session(String sessionId) {
        return demoAttempt(sessionId).map(attempt -> new DemoSession(sessionId, attempt.request(),
                attempt.status() == SessionStatus.OPEN, attempt.expiresAt()));
    }

    /** Records the buyer's choice and answers where to send the buyer: the shop's success or cancel page. */
    @Transactional
    public Optional<String> choose(String sessionId, Choice choice) {
        return demoAttempt(sessionId).map(attempt -> {
            if (attempt.status() == SessionStatus.OPEN) {
                switch (choice) {
                    case PAY -> outcomes.succeeded(attempt, attempt.amount(), "demo_pay_" + sessionId);
                    case FAIL -> outcomes.failed(attempt, "failed");
                    case ABANDON -> outcomes.failed(attempt, "abandoned");
                    case EXPIRE -> outcomes.failed(attempt, "expired");
                }
            }
            return choice == Choice.PAY ? attempt.request().successUrl() : attempt.request().cancelUrl();
        });
    }

    private Optional<Attempt> demoAttempt(String sessionId) {
        if (!provider.isDemo() || sessionId == null || !sessionId.startsWith("demo_")) {
            return Optional.empty();
        }
        return store.bySession(sessionId).filter(attempt -> DemoPaymentProvider.NAME.equals(attempt.provider()));
    }
}
