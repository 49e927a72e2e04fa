package id.go.bnn.pasarbersinar.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout;
import id.go.bnn.pasarbersinar.payment.internal.DemoCheckout.Choice;
import id.go.bnn.pasarbersinar.shared.AtOnce;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole payment journey with the demo provider, chosen because no Stripe key is set. */
@SpringBootTest
@Import(PaymentEvents.class)
class DemoPaymentsTest {

    @Autowired
    Payments payments;
    @Autowired
    DemoCheckout demo;
    @Autowired
    PaymentEvents events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void without_a_stripe_key_payments_go_to_the_demo_provider() {
        assertThat(payments.isDemo()).isTrue();
    }

    @Test
    void starting_checkout_twice_opens_one_demo_page() {
        String order = Orders.newOrderNumber();
        PaymentRedirect first = payments.startCheckout(Orders.twoParcels(order));
        PaymentRedirect again = payments.startCheckout(Orders.twoParcels(order));

        assertThat(first.sessionId()).startsWith("demo_");
        assertThat(first.url()).isEqualTo("/bayar/demo/" + first.sessionId());
        assertThat(again).isEqualTo(first);
        assertThat(sessions(order)).isEqualTo(1);
    }

    @Test
    void paying_on_the_demo_page_publishes_payment_succeeded_once_and_returns_to_the_success_page() {
        String order = Orders.newOrderNumber();
        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order));

        assertThat(demo.choose(redirect.sessionId(), Choice.PAY)).contains(Orders.twoParcels(order).successUrl());
        demo.choose(redirect.sessionId(), Choice.PAY);
        demo.choose(redirect.sessionId(), Choice.FAIL);
        payments.confirm(order);
        payments.expire(order);

        assertThat(events.about(order)).hasSize(1);
        PaymentSucceeded paid = events.succeeded(order).getFirst();
        assertThat(paid.amount()).isEqualTo(Money.rupiah(180_000));
        assertThat(paid.sessionId()).isEqualTo(redirect.sessionId());
    }

    @Test
    void failing_on_the_demo_page_publishes_payment_failed_and_returns_to_the_cancel_page() {
        String order = Orders.newOrderNumber();
        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order));

        assertThat(demo.choose(redirect.sessionId(), Choice.FAIL)).contains(Orders.twoParcels(order).cancelUrl());
        demo.choose(redirect.sessionId(), Choice.PAY);

        assertThat(events.about(order)).hasSize(1);
        assertThat(events.failed(order).getFirst().reason()).isEqualTo("failed");
        assertThat(demo.session(redirect.sessionId()).orElseThrow().open()).isFalse();
    }

    @Test
    void abandoning_the_demo_page_publishes_payment_failed_as_abandoned() {
        String order = Orders.newOrderNumber();
        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order));

        assertThat(demo.choose(redirect.sessionId(), Choice.ABANDON)).contains(Orders.twoParcels(order).cancelUrl());

        assertThat(events.failed(order)).singleElement().satisfies(failed -> assertThat(failed.reason()).isEqualTo("abandoned"));
        assertThat(events.succeeded(order)).isEmpty();
    }

    @Test
    void an_expired_reservation_closes_the_demo_page_so_it_can_no_longer_be_paid() {
        String order = Orders.newOrderNumber();
        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order));

        payments.expire(order);
        demo.choose(redirect.sessionId(), Choice.PAY);
        payments.expire(order);

        assertThat(events.about(order)).singleElement().isInstanceOfSatisfying(PaymentFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("expired"));
        assertThat(demo.session(redirect.sessionId()).orElseThrow().open()).isFalse();
    }

    @Test
    void an_order_whose_payment_is_decided_cannot_start_paying_again() {
        String order = Orders.newOrderNumber();
        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order));
        demo.choose(redirect.sessionId(), Choice.PAY);

        assertThatThrownBy(() -> payments.startCheckout(Orders.twoParcels(order))).isInstanceOf(IllegalStateException.class);
        assertThat(sessions(order)).isEqualTo(1);
    }

    @Test
    void a_demo_refund_settles_at_once_and_only_once() {
        String order = paidOrder();

        payments.refund(new RefundRequest("rf-" + order, order, Money.rupiah(75_000), "parcel lost"));
        payments.refund(new RefundRequest("rf-" + order, order, Money.rupiah(75_000), "parcel lost"));

        assertThat(events.refunds(order)).singleElement().satisfies(settled -> {
            assertThat(settled.refundId()).isEqualTo("rf-" + order);
            assertThat(settled.amount()).isEqualTo(Money.rupiah(75_000));
            assertThat(settled.succeeded()).isTrue();
        });
    }

    @Test
    void refuses_a_refund_of_more_than_was_paid() {
        String order = paidOrder();
        payments.refund(new RefundRequest("rf-a-" + order, order, Money.rupiah(150_000), null));

        assertThatThrownBy(() -> payments.refund(new RefundRequest("rf-b-" + order, order, Money.rupiah(30_001), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events.refunds(order)).filteredOn(RefundSettled::succeeded).hasSize(1);
    }

    @Test
    void two_refunds_asked_at_the_same_moment_are_decided_in_turn_against_the_payment() throws Exception {
        for (int round = 0; round < 4; round++) {
            String tooMuch = paidOrder();
            assertThat(atOnce(tooMuch, 100_000, 100_000)).as("of 180.000 paid, 100.000 twice").containsExactlyInAnyOrder(true, false);
            assertThat(events.refunds(tooMuch)).filteredOn(RefundSettled::succeeded).singleElement()
                    .satisfies(settled -> assertThat(settled.amount()).isEqualTo(Money.rupiah(100_000)));

            String fits = paidOrder();
            assertThat(atOnce(fits, 80_000, 100_000)).as("of 180.000 paid, 80.000 and 100.000").containsExactly(true, true);
            assertThat(events.refunds(fits)).filteredOn(RefundSettled::succeeded).hasSize(2);
        }
    }

    /** Asks for two refunds of one order at the same moment; true for each that was accepted. */
    private List<Boolean> atOnce(String order, long first, long second) throws Exception {
        List<Object> outcomes = AtOnce.race(List.of(
                () -> refund(new RefundRequest("rf-1-" + order, order, Money.rupiah(first), null)),
                () -> refund(new RefundRequest("rf-2-" + order, order, Money.rupiah(second), null))));
        return outcomes.stream().map(outcome -> outcome instanceof Boolean accepted ? accepted : false).toList();
    }

    private Object refund(RefundRequest request) {
        try {
            payments.refund(request);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    @Test
    void refuses_a_refund_of_an_unpaid_order_or_a_refund_id_reused_for_other_figures() {
        String unpaid = Orders.newOrderNumber();
        payments.startCheckout(Orders.twoParcels(unpaid));
        assertThatThrownBy(() -> payments.refund(new RefundRequest("rf-" + unpaid, unpaid, Money.rupiah(10_000), null)))
                .isInstanceOf(IllegalStateException.class);

        String order = paidOrder();
        payments.refund(new RefundRequest("rf-" + order, order, Money.rupiah(10_000), null));
        assertThatThrownBy(() -> payments.refund(new RefundRequest("rf-" + order, order, Money.rupiah(20_000), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events.refunds(order)).hasSize(1);
        assertThat(events.refunds(unpaid)).isEmpty();
    }

    @Test
    void refuses_malformed_checkout_requests_and_stores_nothing() {
        String order = Orders.newOrderNumber();
        CheckoutRequest good = Orders.twoParcels(order);
        List<CheckoutRequest> bad = List.of(
                new CheckoutRequest("<script>", good.buyerEmail(), good.total(), good.parcels(), good.successUrl(), good.cancelUrl()),
                new CheckoutRequest(order, good.buyerEmail(), good.total(), good.parcels(), "javascript:alert(1)", good.cancelUrl()),
                new CheckoutRequest(order, good.buyerEmail(), good.total(), good.parcels(), good.successUrl(), "/relative"),
                new CheckoutRequest(order, good.buyerEmail(), Money.ZERO, List.of(), good.successUrl(), good.cancelUrl()));
        for (CheckoutRequest request : bad) {
            assertThatThrownBy(() -> payments.startCheckout(request)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE order_number = ?").param(order).query(Integer.class).single()).isZero();
    }

    @Test
    void confirm_and_expire_of_an_unknown_order_change_nothing() {
        String order = Orders.newOrderNumber();
        payments.confirm(order);
        payments.expire(order);
        payments.confirm("</script><img src=x onerror=alert(1)>");
        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void the_demo_page_knows_no_made_up_session() {
        assertThat(demo.session("demo_madeup")).isEmpty();
        assertThat(demo.choose("demo_madeup", Choice.PAY)).isEmpty();
        assertThat(demo.session("cs_test_123")).isEmpty();
    }

    private String paidOrder() {
        String order = Orders.newOrderNumber();
        PaymentRedirect redirect = payments.startCheckout(Orders.twoParcels(order));
        demo.choose(redirect.sessionId(), Choice.PAY);
        return order;
    }

    private int sessions(String order) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_session WHERE order_number = ?").param(order).query(Integer.class).single();
    }
}
