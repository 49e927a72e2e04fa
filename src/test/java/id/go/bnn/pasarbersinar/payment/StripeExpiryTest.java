package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A checkout left unpaid expires: the session closes at Stripe once, unless it was paid in the last moment. */
class StripeExpiryTest extends StripeOnWireMock {

    @Test
    void expiry_closes_the_session_at_stripe_and_publishes_payment_failed_once() {
        String order = open();
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions/cs_test_" + order + "/expire"))
                .willReturn(okJson(StripeWebhooks.session("cs_test_" + order, order, "expired", "unpaid", 18_000_000, null))));

        payments.expire(order);
        payments.expire(order);

        assertThat(single(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions/cs_test_" + order + "/expire"))).getHeader("Idempotency-Key"))
                .isEqualTo("expire-" + order);
        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("expired"));
    }

    @Test
    void expiry_of_a_session_paid_in_the_last_moment_publishes_the_payment_instead() {
        String order = open();
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions/cs_test_" + order + "/expire"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Only Checkout Sessions with a status of open can be expired.\"}}")));
        stubRetrieve(order, "complete", "paid");

        payments.expire(order);

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentSucceeded.class);
    }
}
