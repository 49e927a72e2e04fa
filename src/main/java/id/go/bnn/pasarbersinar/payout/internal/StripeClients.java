package id.go.bnn.pasarbersinar.payout.internal;

import com.stripe.StripeClient;

/** The payout module's Stripe client, as its transfer and onboarding adapters both build it. */
final class StripeClients {

    private StripeClients() {
    }

    /** No automatic retries: our own retries reuse the payout's idempotency key. Tests point {@code apiBase} at WireMock. */
    static StripeClient build(PayoutProperties.Stripe settings) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(settings.secretKey()).setMaxNetworkRetries(0);
        if (settings.apiBase() != null && !settings.apiBase().isBlank()) {
            builder.setApiBase(settings.apiBase());
        }
        return builder.build();
    }
}
