package id.go.bnn.pasarbersinar.payout;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * WireMock standing in for Stripe's API in the payout module's tests: the real SDK talks to it, never to stripe.com.
 * It stops with the JVM rather than after its class, so a cached Spring context never points at a stopped server.
 */
public final class PayoutStripeStandIn {

    private PayoutStripeStandIn() {
    }

    /** A stand-in started on a free port. */
    public static WireMockServer started(WireMockConfiguration options) {
        WireMockServer stripe = new WireMockServer(options.dynamicPort());
        stripe.start();
        Runtime.getRuntime().addShutdownHook(new Thread(stripe::stop));
        return stripe;
    }

    /** Points the payout module's Stripe client at the stand-in, with a test key. */
    public static void payoutSettings(DynamicPropertyRegistry registry, WireMockServer stripe, String secretKey) {
        registry.add("pasar.payout.stripe.secret-key", () -> secretKey);
        registry.add("pasar.payout.stripe.api-base", stripe::baseUrl);
    }
}
