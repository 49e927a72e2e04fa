package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.payout.OrderEvents.delivered;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.nextFulfilmentId;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.paid;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.refunded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.payout.internal.EarningsPosting;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore.Entry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger fed by the order events: pending, available after delivery and the holding period, refunds, commission. */
@SpringBootTest
@ExtendWith(EveryTransactionBalances.class)
class LedgerTest {

    final long group = 900_000 + ThreadLocalRandom.current().nextLong(1_000_000);
    final Instant now = Instant.now();

    @Autowired
    OrderEvents events;
    @Autowired
    LedgerStore ledger;
    @Autowired
    EarningsPosting posting;
    @Autowired
    Commissions commissions;
    @Autowired
    JdbcClient jdbc;

    long balance(LedgerAccount account) {
        return ledger.balance(account, group);
    }

    @Test
    void a_paid_parcel_credits_pending_earnings_with_items_and_shipping_minus_commission() {
        long f = nextFulfilmentId();
        events.publish(paid(f, group, 25_000, now, 150_000, 50_000));
        // 10 % (the setting) of 200.000 is 20.000; the group gets 180.000 + 25.000 shipping.
        assertThat(balance(LedgerAccount.GROUP_PENDING)).isEqualTo(205_000);
        assertThat(balance(LedgerAccount.GROUP_AVAILABLE)).isZero();
        assertThat(jdbc.sql("SELECT rate_bp FROM ledger_entry WHERE fulfilment_id = ? AND account = 'PLATFORM_COMMISSION'").param(f)
                .query(Integer.class).list()).containsOnly(1000);
    }

    @Test
    void the_same_event_handled_twice_posts_once() {
        long f = nextFulfilmentId();
        var order = paid(f, group, 10_000, now, 100_000);
        events.publish(order);
        long entries = ledger.entryCount();
        events.publish(order);
        events.publish(refunded("re-twice-" + f, f, group, 100_000, 10_000, true, now));
        long afterRefund = ledger.entryCount();
        events.publish(refunded("re-twice-" + f, f, group, 100_000, 10_000, true, now));
        assertThat(ledger.entryCount()).isEqualTo(afterRefund).isGreaterThan(entries);
        assertThat(balance(LedgerAccount.GROUP_PENDING)).isZero();
    }

    @Test
    void delivered_earnings_become_available_only_after_the_holding_period() {
        long f = nextFulfilmentId();
        events.publish(paid(f, group, 0, now, 100_000), delivered(f, group, now.minus(Duration.ofDays(6))));
        assertThat(balance(LedgerAccount.GROUP_PENDING)).isEqualTo(90_000);
        assertThat(posting.releaseIfDue(f, now)).isFalse();
        assertThat(posting.releaseIfDue(f, now.plus(Duration.ofDays(1)).plusSeconds(1))).isTrue();
        assertThat(posting.releaseIfDue(f, now.plus(Duration.ofDays(2)))).isFalse();
        assertThat(balance(LedgerAccount.GROUP_PENDING)).isZero();
        assertThat(balance(LedgerAccount.GROUP_AVAILABLE)).isEqualTo(90_000);
    }

    @Test
    void a_delivery_older_than_the_holding_period_is_available_at_once() {
        long f = nextFulfilmentId();
        events.publish(paid(f, group, 5_000, now, 100_000), delivered(f, group, now.minus(Duration.ofDays(8))));
        assertThat(balance(LedgerAccount.GROUP_AVAILABLE)).isEqualTo(95_000);
    }

    @Test
    void a_refund_after_release_makes_available_negative_and_it_is_carried_not_lost() {
        long f = nextFulfilmentId();
        long g = nextFulfilmentId();
        events.publish(paid(f, group, 0, now, 100_000), delivered(f, group, now.minus(Duration.ofDays(8))));
        events.publish(paid(g, group, 0, now, 100_000), delivered(g, group, now.minus(Duration.ofDays(8))));
        events.publish(refunded("re-a-" + f, f, group, 100_000, 0, true, now), refunded("re-b-" + g, g, group, 100_000, 0, true, now));
        assertThat(balance(LedgerAccount.GROUP_AVAILABLE)).isZero();
        long h = nextFulfilmentId();
        events.publish(paid(h, group, 0, now, 50_000), delivered(h, group, now.minus(Duration.ofDays(8))),
                refunded("re-c-" + h, h, group, 50_000, 0, true, now));
        long k = nextFulfilmentId();
        events.publish(paid(k, group, 0, now, 30_000));
        events.publish(refunded("re-k-" + k, k, group, 30_000, 0, true, now));
        assertThat(balance(LedgerAccount.GROUP_PENDING)).isZero();
        // A refund that comes after the money became available takes it back from available.
        long m = nextFulfilmentId();
        events.publish(paid(m, group, 0, now, 40_000), delivered(m, group, now.minus(Duration.ofDays(8))));
        long n = nextFulfilmentId();
        events.publish(paid(n, group, 0, now, 20_000), delivered(n, group, now.minus(Duration.ofDays(8))));
        events.publish(refunded("re-m-" + m, m, group, 40_000, 0, true, now));
        assertThat(balance(LedgerAccount.GROUP_AVAILABLE)).isEqualTo(18_000);
        events.publish(refunded("re-n-" + n, n, group, 20_000, 0, false, now));
        assertThat(balance(LedgerAccount.GROUP_AVAILABLE)).isZero();
    }

    @Test
    void a_partial_refund_gives_back_its_share_of_the_commission() {
        long f = nextFulfilmentId();
        events.publish(paid(f, group, 20_000, now, 100_000, 50_000));
        events.publish(refunded("re-part-" + f, f, group, 50_000, 0, false, now));
        // Commission 15.000 on 150.000; a third of the items refunded gives 5.000 back: the group loses 45.000.
        assertThat(balance(LedgerAccount.GROUP_PENDING)).isEqualTo(135_000 + 20_000 - 45_000);
        assertThat(jdbc.sql("SELECT SUM(amount) FROM ledger_entry WHERE fulfilment_id = ? AND account = 'PLATFORM_COMMISSION'").param(f)
                .query(Long.class).single()).isEqualTo(10_000);
    }

    @Test
    void commission_is_rounded_half_up_to_whole_rupiah_and_the_group_gets_the_rest() {
        assertThat(new CommissionRate(1000).commissionOf(15_005)).isEqualTo(1_501);
        assertThat(new CommissionRate(1000).commissionOf(15_004)).isEqualTo(1_500);
        assertThat(new CommissionRate(750).commissionOf(10_001)).isEqualTo(750);
        assertThat(new CommissionRate(750).commissionOf(10_007)).isEqualTo(751);
        assertThat(new CommissionRate(0).commissionOf(99_999)).isZero();
        long f = nextFulfilmentId();
        events.publish(paid(f, group, 0, now, 15_005));
        assertThat(balance(LedgerAccount.GROUP_PENDING)).isEqualTo(15_005 - 1_501);
    }

    @Test
    void a_transaction_that_does_not_balance_is_refused_and_nothing_is_posted() {
        long entries = ledger.entryCount();
        assertThatThrownBy(() -> ledger.post("test:unbalanced:" + group, "test", "unbalanced", List.of(
                Entry.of(LedgerAccount.GROUP_AVAILABLE, group, 100, "x"), Entry.of(LedgerAccount.PLATFORM_COMMISSION, 0, -99, "x")), now, null))
                .hasMessageContaining("does not balance");
        assertThat(ledger.entryCount()).isEqualTo(entries);
        assertThat(ledger.isPosted("test:unbalanced:" + group)).isFalse();
    }

    @Test
    void the_check_query_finds_a_transaction_that_does_not_balance() {
        // Written around the service, as a broken migration or a hand-made fix would: the check query catches it.
        jdbc.sql("INSERT INTO ledger_transaction (source_key, kind, description, booked_at) VALUES (?, 'test', 'broken', ?)")
                .params("test:broken:" + group, java.sql.Timestamp.from(now)).update();
        long id = jdbc.sql("SELECT id FROM ledger_transaction WHERE source_key = ?").param("test:broken:" + group).query(Long.class).single();
        jdbc.sql("INSERT INTO ledger_entry (transaction_id, account, group_id, amount, booked_at) VALUES (?, 'GROUP_AVAILABLE', ?, 7, ?)")
                .params(id, group, java.sql.Timestamp.from(now)).update();
        assertThat(ledger.unbalancedTransactions()).containsExactly(id);
        // Repair it as an auditor would want: a new entry in the same broken transaction is not allowed in the shop,
        // so the test removes its own broken rows to leave the shared database balanced.
        jdbc.sql("DELETE FROM ledger_entry WHERE transaction_id = ?").param(id).update();
        assertThat(ledger.unbalancedTransactions()).isEmpty();
    }
}
