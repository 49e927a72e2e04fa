package id.go.bnn.pasarbersinar.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import id.go.bnn.pasarbersinar.shared.Money;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Stripe's webhooks: signed events are processed once however often they come, forged, stale and tampered ones are
 * refused, and events arriving out of order change nothing twice.
 */
class StripeWebhookEventsTest extends StripeOnWireMock {

    @Autowired
    ApplicationContext context;

    @Test
    void a_signed_completed_event_publishes_the_payment_once_however_often_it_is_delivered() throws Exception {
        String order = open();
        String payload = StripeWebhooks.event("evt_done_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order));
        StripeWebhooks webhooks = webhooks();

        HttpResponse<String> first = webhooks.deliver(payload);
        HttpResponse<String> again = webhooks.deliver(payload);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentSucceeded.class,
                paid -> assertThat(paid.amount()).isEqualTo(Money.rupiah(180_000)));
        assertThat(stored("evt_done_" + order)).isEqualTo(1);
    }

    @Test
    void an_event_stored_by_a_process_that_died_before_processing_it_is_processed_once_by_the_retry_job() throws Exception {
        String order = open();
        String eventId = "evt_crash_" + order;
        String payload = StripeWebhooks.event(eventId, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order));
        // As if the endpoint had stored Stripe's event, answered 200 and then the process was killed before processing committed.
        jdbc.sql("INSERT INTO payment_webhook_event (event_id, type, payload, received_at) VALUES (?, 'checkout.session.completed', ?, ?)")
                .params(eventId, payload, java.sql.Timestamp.from(Instant.now().minusSeconds(120))).update();
        assertThat(events.about(order)).isEmpty();

        Object webhookEvents = context.getBean("stripeWebhookEvents");
        org.springframework.test.util.ReflectionTestUtils.invokeMethod(webhookEvents, "retryUnprocessed");
        org.springframework.test.util.ReflectionTestUtils.invokeMethod(webhookEvents, "retryUnprocessed");
        assertThat(webhooks().deliver(payload).statusCode()).isEqualTo(200);

        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentSucceeded.class,
                paid -> assertThat(paid.amount()).isEqualTo(Money.rupiah(180_000)));
        assertThat(jdbc.sql("SELECT processed_at FROM payment_webhook_event WHERE event_id = ?").param(eventId).query(java.sql.Timestamp.class)
                .single()).isNotNull();
    }

    @Test
    void a_tampered_event_is_refused_with_400_and_nothing_is_stored() throws Exception {
        String order = open();
        String genuine = StripeWebhooks.event("evt_tampered_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "unpaid", 18_000_000, null));
        String signature = StripeWebhooks.signature(WEBHOOK_SECRET, genuine, Instant.now().getEpochSecond());
        String tampered = genuine.replace("\"unpaid\"", "\"paid\"");

        HttpResponse<String> response = webhooks().post(tampered, signature);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(stored("evt_tampered_" + order)).isZero();
        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void an_event_signed_with_another_secret_or_unsigned_or_malformed_is_refused() throws Exception {
        String order = open();
        String payload = StripeWebhooks.event("evt_forged_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order));
        StripeWebhooks webhooks = webhooks();

        assertThat(new StripeWebhooks(port, "whsec_someone_else").deliver(payload).statusCode()).isEqualTo(400);
        assertThat(webhooks.post(payload, null).statusCode()).isEqualTo(400);
        assertThat(webhooks.post(payload, "t=abc,v1=</script><img src=x onerror=alert(1)>").statusCode()).isEqualTo(400);
        assertThat(webhooks.deliver("{not json").statusCode()).isEqualTo(400);

        assertThat(stored("evt_forged_" + order)).isZero();
        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void a_stale_signature_older_than_five_minutes_is_refused() throws Exception {
        String order = open();
        String payload = StripeWebhooks.event("evt_stale_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order));

        HttpResponse<String> response = webhooks()
                .post(payload, StripeWebhooks.signature(WEBHOOK_SECRET, payload, Instant.now().minusSeconds(6 * 60).getEpochSecond()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(stored("evt_stale_" + order)).isZero();
        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void an_event_for_an_unknown_session_is_acknowledged_stored_and_changes_nothing() throws Exception {
        String order = Orders.newOrderNumber();
        String payload = StripeWebhooks.event("evt_unknown_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_unknown_" + order, order, "complete", "paid", 18_000_000, "pi_" + order).replace("\"attempt\":\"1\"", "\"attempt\":\"7\""));

        HttpResponse<String> response = webhooks().deliver(payload);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stored("evt_unknown_" + order)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT note FROM payment_webhook_event WHERE event_id = ?").param("evt_unknown_" + order).query(String.class).single())
                .startsWith("unknown session");
        assertThat(events.about(order)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE order_number = ?").param(order).query(Integer.class).single()).isZero();
    }

    @Test
    void an_expiry_arriving_after_the_payment_changes_nothing() throws Exception {
        String order = open();
        StripeWebhooks webhooks = webhooks();

        webhooks.deliver(StripeWebhooks.event("evt_paid_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order)));
        webhooks.deliver(StripeWebhooks.event("evt_expired_" + order, "checkout.session.expired",
                StripeWebhooks.session("cs_test_" + order, order, "expired", "unpaid", 18_000_000, null)));

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentSucceeded.class);
    }

    @Test
    void a_payment_arriving_after_the_expiry_changes_nothing() throws Exception {
        String order = open();
        StripeWebhooks webhooks = webhooks();

        webhooks.deliver(StripeWebhooks.event("evt_expired_" + order, "checkout.session.expired",
                StripeWebhooks.session("cs_test_" + order, order, "expired", "unpaid", 18_000_000, null)));
        webhooks.deliver(StripeWebhooks.event("evt_paid_" + order, "checkout.session.async_payment_succeeded",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order)));

        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("expired"));
    }

    @Test
    void a_delayed_payment_counts_only_when_stripe_says_it_succeeded_even_if_that_news_comes_first() throws Exception {
        String order = open();
        StripeWebhooks webhooks = webhooks();

        webhooks.deliver(StripeWebhooks.event("evt_async_ok_" + order, "checkout.session.async_payment_succeeded",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order)));
        webhooks.deliver(StripeWebhooks.event("evt_completed_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "unpaid", 18_000_000, "pi_" + order)));

        assertThat(events.about(order)).singleElement().isInstanceOf(PaymentSucceeded.class);
    }

    @Test
    void a_delayed_payment_that_fails_publishes_payment_failed() throws Exception {
        String order = open();
        StripeWebhooks webhooks = webhooks();

        webhooks.deliver(StripeWebhooks.event("evt_completed_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "unpaid", 18_000_000, "pi_" + order)));
        assertThat(events.about(order)).isEmpty();
        webhooks.deliver(StripeWebhooks.event("evt_async_fail_" + order, "checkout.session.async_payment_failed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "unpaid", 18_000_000, "pi_" + order)));

        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("failed"));
    }

    @Test
    void a_webhook_for_a_session_whose_creation_was_not_recorded_finds_its_order() throws Exception {
        String order = Orders.newOrderNumber();
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", equalTo("checkout-" + order + "-1"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> payments.startCheckout(Orders.twoParcels(order))).isInstanceOf(PaymentUnavailableException.class);

        webhooks().deliver(StripeWebhooks.event("evt_adopt_" + order, "checkout.session.completed",
                StripeWebhooks.session("cs_test_" + order, order, "complete", "paid", 18_000_000, "pi_" + order)));

        assertThat(events.succeeded(order)).singleElement().satisfies(paid -> assertThat(paid.sessionId()).isEqualTo("cs_test_" + order));
    }
}
