package id.go.bnn.pasarbersinar.payout.internal;

import com.stripe.StripeClient;
import id.go.bnn.pasarbersinar.payment.StripeConnection;

/** The payout module's Stripe client, as its transfer and onboarding adapters both build it. */
final class StripeClients {

    private StripeClients() {
    }

    /** No automatic retries: our own retries reuse the payout's idempotency key. */
    static StripeClient build(PayoutProperties.Stripe settings) {
        return StripeConnection.client(settings.secretKey(), settings.apiBase(), 0);
    }
}
