package id.go.bnn.pasarbersinar.order;

import static id.go.bnn.pasarbersinar.shared.AtOnce.race;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.order.internal.OrderLinks;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What can still be refunded is what was paid minus earlier refunds, per line and for shipping, whoever asks and however
 * many ask at once: the claims are taken when a refund is asked for, not when it settles. Run on H2 and on MariaDB
 * ({@code -Pmysql}); the parallel cases use real threads against the real database.
 */
@SpringBootTest
class RefundClaimsTest {

    @Autowired
    Orders orders;
    @Autowired
    OrderFixture fixture;
    @Autowired
    OrderLinks links;
    @Autowired
    LedgerStore ledger;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private Caller member() {
        return Callers.producer(-300, fixture.ntt().id());
    }

    private Caller curator() {
        return Callers.curator(-301, "53");
    }

    private long line(long parcel) {
        return fixture.jdbc().sql("SELECT MIN(id) FROM order_line WHERE fulfilment_id = ?").param(parcel).query(Long.class).single();
    }

    private long paidTotal(long parcel) {
        return fixture.jdbc().sql("SELECT items_total + shipping FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();
    }

    private long shipping(long parcel) {
        return fixture.jdbc().sql("SELECT shipping FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();
    }

    private long refunded(long parcel) {
        return fixture.jdbc().sql("SELECT refunded FROM fulfilment WHERE id = ?").param(parcel).query(Long.class).single();
    }

    /** What the refunds of the parcel asked for, failed ones left out. */
    private long claimed(long parcel) {
        return fixture.jdbc().sql("SELECT COALESCE(SUM(items + shipping), 0) FROM order_refund WHERE fulfilment_id = ? AND status <> 'FAILED'")
                .param(parcel).query(Long.class).single();
    }

    /** What went to the payment provider for the order, failed ones left out. */
    private long sentToProvider(String number) {
        return fixture.jdbc().sql("SELECT COALESCE(SUM(amount), 0) FROM payment_refund WHERE order_number = ? AND status <> 'FAILED'")
                .param(number).query(Long.class).single();
    }

    private long pendingEarnings(long parcel) {
        return fixture.jdbc().sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE account = 'GROUP_PENDING' AND fulfilment_id = ?")
                .param(parcel).query(Long.class).single();
    }

    private void settled(long parcel, long amount) {
        await().atMost(Duration.ofSeconds(20)).until(() -> refunded(parcel) == amount);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.jdbc().sql("SELECT refunded_items + refunded_shipping FROM payout_fulfilment "
                + "WHERE fulfilment_id = ?").param(parcel).query(Long.class).single() == amount);
    }

    private OrderDetails.Parcel parcelAsShown(String number, long parcel) {
        return Callers.as(member(), () -> orders.find(number, null)).orElseThrow().parcels().stream()
                .filter(p -> p.fulfilmentId() == parcel).findFirst().orElseThrow();
    }

    @Test
    void a_whole_refund_after_a_partial_one_refunds_the_rest_with_the_shipping_and_leaves_nothing_pending() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas sisa uji");
        String number = fixture.paidOrder(fixture.cart(tas, 2), fixture.form());
        long parcel = fixture.fulfilmentIds(number).getFirst();
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingEarnings(parcel) != 0);

        assertThat(Callers.as(member(), () -> orders.refund(parcel, Map.of(line(parcel), 1), true))).isEqualTo(Money.rupiah(150_000));
        // Asked for, not settled yet or settled: either way the page offers only the rest.
        OrderDetails.Parcel shown = parcelAsShown(number, parcel);
        assertThat(shown.refundable()).isEqualTo(Money.rupiah(150_000 + shipping(parcel)));
        Money rest = Callers.as(curator(), () -> orders.refund(parcel, Map.of(), true));

        assertThat(rest).isEqualTo(shown.refundable());
        settled(parcel, paidTotal(parcel));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.fulfilmentStatuses(number).equals(List.of("REFUNDED")));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.stock(tas) == 5);
        assertThat(sentToProvider(number)).isEqualTo(paidTotal(parcel));
        assertThat(pendingEarnings(parcel)).isZero();
        assertThat(ledger.unbalancedTransactions()).isEmpty();
        assertThatThrownBy(() -> Callers.as(member(), () -> orders.refund(parcel, Map.of(), false))).isInstanceOf(OrderException.class);
    }

    @Test
    void a_cancel_after_a_partial_refund_returns_what_its_dialog_promised_items_and_shipping_and_nothing_stays_pending() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas batal sisa uji");
        long topi = fixture.variant(fixture.ntt(), 5, 40_000, "Topi batal sisa uji");
        Map<Long, Integer> lines = new LinkedHashMap<>();
        lines.put(tas, 2);
        lines.put(topi, 1);
        String number = fixture.paidOrder(fixture.cart(lines), fixture.form());
        long parcel = fixture.fulfilmentIds(number).getFirst();
        Callers.as(member(), () -> orders.refund(parcel, Map.of(line(parcel), 1), true));
        settled(parcel, 150_000);

        Money promised = parcelAsShown(number, parcel).refundable();
        assertThat(promised).isEqualTo(Money.rupiah(150_000 + 40_000 + shipping(parcel)));
        Money back = orders.cancel(parcel, links.token(number));

        assertThat(back).isEqualTo(promised);
        settled(parcel, paidTotal(parcel));
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("CANCELLED");
        assertThat(sentToProvider(number)).isEqualTo(paidTotal(parcel));
        // A cancelled parcel is never delivered, so never released: nothing may be left in its pending earnings.
        assertThat(pendingEarnings(parcel)).isZero();
        assertThat(ledger.unbalancedTransactions()).isEmpty();
        assertThat(ledger.grandTotal()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.stock(tas) == 5 && fixture.stock(topi) == 5);
    }

    @Test
    void two_whole_refunds_started_at_the_same_moment_refund_the_parcel_once() throws Exception {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas paralel uji");
        String number = fixture.paidOrder(fixture.cart(tas, 2), fixture.form());
        long parcel = fixture.fulfilmentIds(number).getFirst();

        List<Object> outcomes = race(List.of(
                () -> Callers.as(member(), () -> orders.refund(parcel, Map.of(), true)),
                () -> Callers.as(curator(), () -> orders.refund(parcel, Map.of(), true))));

        assertThat(outcomes).filteredOn(Money.class::isInstance).singleElement().isEqualTo(Money.rupiah(paidTotal(parcel)));
        assertThat(outcomes).filteredOn(OrderException.class::isInstance).hasSize(1);
        settled(parcel, paidTotal(parcel));
        assertThat(claimed(parcel)).isEqualTo(paidTotal(parcel));
        assertThat(sentToProvider(number)).isEqualTo(paidTotal(parcel));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.stock(tas) == 5);
        assertThat(pendingEarnings(parcel)).isZero();
        assertThat(ledger.unbalancedTransactions()).isEmpty();
    }

    @Test
    void a_cancel_racing_a_refund_on_a_two_parcel_order_refunds_each_parcel_once_and_the_other_parcel_still_refunds() throws Exception {
        long tenun = fixture.variant(fixture.ntt(), 5, 150_000, "Tenun dua paket uji");
        long batik = fixture.variant(fixture.banten(), 5, 200_000, "Batik dua paket uji");
        Map<Long, Integer> lines = new LinkedHashMap<>();
        lines.put(tenun, 1);
        lines.put(batik, 1);
        String number = fixture.paidOrder(fixture.cart(lines), fixture.form());
        List<Long> parcels = fixture.fulfilmentIds(number);
        long ntt = parcels.stream().filter(id -> fixture.jdbc().sql("SELECT province_code FROM fulfilment WHERE id = ?").param(id)
                .query(String.class).single().equals("53")).findFirst().orElseThrow();
        long banten = parcels.stream().filter(id -> id != ntt).findFirst().orElseThrow();
        String token = links.token(number);

        List<Object> outcomes = race(List.of(
                () -> orders.cancel(ntt, token),
                () -> Callers.as(member(), () -> orders.refund(ntt, Map.of(), true))));

        assertThat(outcomes).filteredOn(Money.class::isInstance).singleElement().isEqualTo(Money.rupiah(paidTotal(ntt)));
        settled(ntt, paidTotal(ntt));
        assertThat(claimed(ntt)).isEqualTo(paidTotal(ntt));
        // The other parcel is not refused by the order-wide limit: nothing was refunded twice.
        Callers.as(Callers.admin(-302), () -> orders.refund(banten, Map.of(), true));
        settled(banten, paidTotal(banten));
        assertThat(sentToProvider(number)).isEqualTo(fixture.total(number).rupiah());
        assertThat(fixture.fulfilmentStatuses(number)).allMatch(status -> status.equals("CANCELLED") || status.equals("REFUNDED"));
        assertThat(pendingEarnings(ntt) + pendingEarnings(banten)).isZero();
        assertThat(ledger.unbalancedTransactions()).isEmpty();
    }

    @Test
    void a_refund_of_more_than_is_left_is_refused_clearly_and_changes_nothing() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas lebih sisa uji");
        String number = fixture.paidOrder(fixture.cart(tas, 2), fixture.form());
        long parcel = fixture.fulfilmentIds(number).getFirst();
        long line = line(parcel);
        Callers.as(member(), () -> orders.refund(parcel, Map.of(line, 1), true));
        settled(parcel, 150_000);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.stock(tas) == 4);
        long entries = ledger.entryCount();
        int refunds = fixture.jdbc().sql("SELECT COUNT(*) FROM order_refund WHERE fulfilment_id = ?").param(parcel).query(Integer.class).single();
        long providerCalls = fixture.jdbc().sql("SELECT COUNT(*) FROM payment_refund WHERE order_number = ?").param(number).query(Long.class).single();

        assertThatThrownBy(() -> Callers.as(member(), () -> orders.refund(parcel, Map.of(line, 2), true)))
                .isInstanceOf(OrderException.class).hasMessage("order.refund.error.quantity");
        assertThatThrownBy(() -> Callers.as(member(), () -> orders.refund(parcel, Map.of(line, -1), true)))
                .hasMessage("order.refund.error.quantity");
        assertThatThrownBy(() -> Callers.as(member(), () -> orders.refund(parcel, Map.of(line + 100_000, 1), true)))
                .hasMessage("order.refund.error.quantity");

        assertThat(fixture.stock(tas)).isEqualTo(4);
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("PAID");
        assertThat(fixture.jdbc().sql("SELECT refunded_quantity FROM order_line WHERE id = ?").param(line).query(Integer.class).single()).isEqualTo(1);
        assertThat(fixture.jdbc().sql("SELECT COUNT(*) FROM order_refund WHERE fulfilment_id = ?").param(parcel).query(Integer.class).single())
                .isEqualTo(refunds);
        assertThat(fixture.jdbc().sql("SELECT COUNT(*) FROM payment_refund WHERE order_number = ?").param(number).query(Long.class).single())
                .isEqualTo(providerCalls);
        assertThat(fixture.jdbc().sql("SELECT shipping_refunded FROM fulfilment WHERE id = ?").param(parcel).query(Boolean.class).single()).isFalse();
        assertThat(ledger.entryCount()).isEqualTo(entries);
    }

    @Test
    void a_cancel_whose_refund_is_refused_leaves_the_parcel_where_it_was_with_its_money() {
        long tas = fixture.variant(fixture.ntt(), 5, 150_000, "Tas tolak uji");
        String number = fixture.paidOrder(fixture.cart(tas, 1), fixture.form());
        long parcel = fixture.fulfilmentIds(number).getFirst();
        // Someone refunded the whole payment at the provider already (by hand, say): the shop's limit refuses more.
        fixture.jdbc().sql("INSERT INTO payment_refund (refund_id, order_number, amount, reason, status, created_at) "
                + "VALUES (?, ?, ?, 'by hand', 'SUCCEEDED', CURRENT_TIMESTAMP)").params("hand-" + number, number, fixture.total(number).rupiah()).update();

        assertThatThrownBy(() -> orders.cancel(parcel, links.token(number))).isInstanceOf(OrderException.class)
                .hasMessage("order.refund.error.refused");

        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.jdbc().sql("SELECT COUNT(*) FROM order_refund WHERE fulfilment_id = ? "
                + "AND status = 'REQUESTED'").param(parcel).query(Integer.class).single() == 0);
        assertThat(fixture.fulfilmentStatuses(number)).containsExactly("PAID");
        assertThat(fixture.jdbc().sql("SELECT refunded_quantity FROM order_line WHERE fulfilment_id = ?").param(parcel).query(Integer.class).single()).isZero();
        assertThat(fixture.jdbc().sql("SELECT shipping_refunded FROM fulfilment WHERE id = ?").param(parcel).query(Boolean.class).single()).isFalse();
        assertThat(parcelAsShown(number, parcel).refundable()).isEqualTo(Money.rupiah(paidTotal(parcel)));
    }
}
