package id.go.bnn.pasarbersinar.payment;

import com.stripe.StripeClient;

/**
 * How the shop talks to Stripe, for payments (this module) and Connect transfers (the payout module) alike: one API key,
 * one API address ({@code STRIPE_API_BASE}; tests point it at WireMock) and the same time-outs.
 */
public final class StripeConnection {

    /** Stripe's own API address, used when none is set. */
    public static final String API_BASE = "https://api.stripe.com";

    private StripeConnection() {
    }

    /**
     * A client with the key and address given ({@code apiBase} blank: Stripe's own). {@code networkRetries} is how often
     * the SDK itself retries a request that got no answer, with the same idempotency key.
     */
    public static StripeClient client(String secretKey, String apiBase, int networkRetries) {
        return StripeClient.builder()
                .setApiKey(secretKey)
                .setApiBase(apiBase == null || apiBase.isBlank() ? API_BASE : apiBase.strip())
                .setMaxNetworkRetries(networkRetries)
                .setConnectTimeout(10_000)
                .setReadTimeout(30_000)
                .build();
    }
}
