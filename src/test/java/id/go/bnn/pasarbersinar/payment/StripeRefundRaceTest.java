package id.go.bnn.pasarbersinar.payment;

import static id.go.bnn.pasarbersinar.shared.AtOnce.race;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refunds and cancels of an order paid through Stripe (the real SDK against WireMock), where Stripe answers a refund
 * "pending" and tells the outcome later by webhook: a cancel racing a refund of one parcel of a two-parcel order
 * refunds it once, the other parcel still refunds, and late, repeated and contradicting webhooks change nothing twice;
 * a cancel whose refund Stripe fails later puts the parcel back with its money refundable again.
 */
class StripeRefundRaceTest extends StripeOnWireMock {

    private static final List<StubMapping> everySessionAndRefund = new ArrayList<>();

    /** Every session and every refund gets an id made of its idempotency key, so each is told apart. */
    @BeforeAll
    static void stripeAnswersEverySessionAndRefund() {
        everySessionAndRefund.add(stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"cs_{{request.headers.Idempotency-Key}}\",\"object\":\"checkout.session\","
                        + "\"url\":\"https://checkout.stripe.com/c/pay/cs_{{request.headers.Idempotency-Key}}\",\"status\":\"open\","
                        + "\"payment_status\":\"unpaid\",\"currency\":\"idr\",\"mode\":\"payment\",\"metadata\":{}}")
                .withTransformers("response-template"))));
        everySessionAndRefund.add(stripe.stubFor(post(urlPathEqualTo("/v1/refunds")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"re_{{request.headers.Idempotency-Key}}\",\"object\":\"refund\",\"currency\":\"idr\","
                        + "\"status\":\"pending\",\"metadata\":{}}")
                .withTransformers("response-template"))));
    }

    /** The catch-alls go, so that the other classes on this WireMock get no answer they did not stub. */
    @AfterAll
    static void stripeForgetsThem() {
        everySessionAndRefund.forEach(stub -> stripe.removeStub(stub));
        everySessionAndRefund.clear();
    }

    @Autowired
    id.go.bnn.pasarbersinar.order.Checkout checkout;
    @Autowired
    Orders orders;
    @Autowired
    OrderFixture fixture;
    @Autowired
    OrderLinks links;
    @Autowired
    LedgerStore ledger;

    /** Places the order, and Stripe says by webhook that its session was paid. */
    private String paidThroughStripe(Map<Long, Integer> lines) throws Exception {
        PlacedOrder placed = checkout.place(fixture.cart(lines), fixture.form());
        String session = fixture.paymentSession(placed.number());
        long minor = fixture.total(placed.number()).rupiah() * 100;
        assertThat(webhooks().deliver(StripeWebhooks.event("evt_paid_" + placed.number(), "checkout.session.completed",
                StripeWebhooks.session(session, placed.number(), "complete", "paid", minor, "pi_" + placed.number()))).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.orderStatus(placed.number()).equals("PAID"));
        return placed.number();
    }

    private record SentRefund(String refundId, String providerId, long amount) {
    }

    private List<SentRefund> sent(String number) {
        return jdbc.sql("SELECT refund_id, provider_refund_id, amount FROM payment_refund WHERE order_number = ? ORDER BY created_at")
                .param(number).query((rs, row) -> new SentRefund(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    private void stripeSays(String number, SentRefund refund, String status, String eventId) throws Exception {
        assertThat(webhooks().deliver(StripeWebhooks.event(eventId, "refund.updated",
                StripeWebhooks.refund(refund.refundId(), refund.providerId(), number, refund.amount() * 100, status))).statusCode()).isEqualTo(200);
    }

    private long refunded(long parcel) {
        return jdbc.sql("SELECT refunded FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();
    }

    private long paidTotal(long parcel) {
        return jdbc.sql("SELECT items_total + shipping FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();
    }

    private long pendingEarnings(long parcel) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE account = 'GROUP_PENDING' AND fulfilment_id = ?")
                .param(parcel).query(Long.class).single();
    }

    @Test
    void a_cancel_racing_a_refund_refunds_the_parcel_once_the_other_parcel_still_refunds_and_late_webhooks_change_nothing_twice()
            throws Exception {
        long tenun = fixture.variant(fixture.ntt(), 5, 150_000, "Tenun Stripe balapan");
        long batik = fixture.variant(fixture.banten(), 5, 200_000, "Batik Stripe balapan");
        Map<Long, Integer> lines = new LinkedHashMap<>();
        lines.put(tenun, 1);
        lines.put(batik, 1);
        String number = paidThroughStripe(lines);
        List<Long> parcels = fixture.fulfilmentIds(number);
        long ntt = parcels.stream().filter(id -> jdbc.sql("SELECT province_code FROM fulfilment WHERE id = ?").param(id)
                .query(String.class).single().equals("53")).findFirst().orElseThrow();
        long banten = parcels.stream().filter(id -> id != ntt).findFirst().orElseThrow();
        String token = links.token(number);
        Caller member = Callers.producer(-320, fixture.ntt().id());

        List<Object> outcomes = race(List.of(() -> orders.cancel(ntt, token), () -> Callers.as(member, () -> orders.refund(ntt, Map.of(), true))));
        assertThat(outcomes).filteredOn(Money.class::isInstance).singleElement().isEqualTo(Money.rupiah(paidTotal(ntt)));
        Callers.as(Callers.admin(-321), () -> orders.refund(banten, Map.of(), true));

        List<SentRefund> sent = sent(number);
        assertThat(sent).hasSize(2);
        assertThat(sent.stream().mapToLong(SentRefund::amount).sum()).isEqualTo(fixture.total(number).rupiah());
        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")).withHeader("Idempotency-Key",
                com.github.tomakehurst.wiremock.client.WireMock.matching("refund-R-.*")))
                .stream().filter(request -> sent.stream().anyMatch(s -> request.getHeader("Idempotency-Key").equals("refund-" + s.refundId()))))
                .hasSize(2);
        // Nothing settled yet: Stripe answered "pending".
        assertThat(refunded(ntt) + refunded(banten)).isZero();

        // Stripe's late word, once, again, and then a contradicting one.
        for (SentRefund refund : sent) {
            stripeSays(number, refund, "succeeded", "evt_ok_" + refund.refundId());
            stripeSays(number, refund, "succeeded", "evt_ok_" + refund.refundId());
            stripeSays(number, refund, "failed", "evt_late_" + refund.refundId());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> refunded(ntt) == paidTotal(ntt) && refunded(banten) == paidTotal(banten));
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingEarnings(ntt) == 0 && pendingEarnings(banten) == 0);
        assertThat(fixture.fulfilmentStatuses(number)).allMatch(status -> status.equals("CANCELLED") || status.equals("REFUNDED"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_transaction WHERE source_key LIKE 'refund:%' AND description LIKE ?")
                .param("%" + number + "%").query(Integer.class).single()).isEqualTo(2);
        assertThat(ledger.unbalancedTransactions()).isEmpty();
    }

    @Test
    void a_cancel_whose_refund_stripe_fails_later_puts_the_parcel_back_with_its_money() throws Exception {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas Stripe gagal");
        String number = paidThroughStripe(Map.of(tas, 1));
        long parcel = fixture.fulfilmentIds(number).getFirst();

        orders.cancel(parcel, links.token(number));
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("CANCELLED");
        SentRefund refund = sent(number).getFirst();
        stripeSays(number, refund, "failed", "evt_fail_" + refund.refundId());

        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.fulfilmentStatuses(number).equals(List.of("PAID")));
        assertThat(jdbc.sql("SELECT refunded_quantity FROM order_line WHERE fulfilment_id = ?").param(parcel).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT shipping_refunded FROM fulfilment WHERE id = ?").param(parcel).query(Boolean.class).single()).isFalse();
        assertThat(refunded(parcel)).isZero();
        // The buyer can cancel again, for the whole amount.
        assertThat(orders.cancel(parcel, links.token(number))).isEqualTo(Money.rupiah(paidTotal(parcel)));
    }
}
