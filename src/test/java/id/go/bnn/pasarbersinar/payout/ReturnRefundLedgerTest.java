package id.go.bnn.pasarbersinar.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.ReturnFixture;
import id.go.bnn.pasarbersinar.order.ReturnReason;
import id.go.bnn.pasarbersinar.order.Returns;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A dispute's refund in the ledger: at the group's cost it debits the group's earnings (and gives the commission on
 * the items back), as every refund does; at the platform's cost it is the platform's expense and the group's balance
 * does not move. Every transaction balances either way.
 */
@SpringBootTest
@ExtendWith(EveryTransactionBalances.class)
class ReturnRefundLedgerTest {

    @Autowired
    Returns returns;
    @Autowired
    ReturnFixture fixture;
    @Autowired
    OrderFixture orders;

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    private long groupBalance(long parcel) {
        return orders.jdbc().sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE fulfilment_id = ? AND account IN ('GROUP_PENDING', "
                + "'GROUP_AVAILABLE')").param(parcel).query(Long.class).single();
    }

    private long platform(long parcel, String account) {
        return orders.jdbc().sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE fulfilment_id = ? AND account = ?")
                .params(parcel, account).query(Long.class).single();
    }

    private boolean refundPosted(long parcel) {
        return orders.jdbc().sql("SELECT COUNT(*) FROM ledger_transaction t WHERE t.kind = 'refund' AND EXISTS (SELECT 1 FROM ledger_entry e "
                + "WHERE e.transaction_id = t.id AND e.fulfilment_id = ?)").param(parcel).query(Integer.class).single() > 0;
    }

    private void decided(ReturnFixture.Delivered d, long amount, boolean platformCost) {
        long id = returns.request(d.parcel(), d.token(), ReturnReason.NOT_AS_DESCRIBED, "Ukurannya lain", Map.of(d.line(), 2), List.of());
        Callers.as(Callers.producer(-2201, d.group().id()), () -> returns.decline(id, "Sesuai foto"));
        returns.escalate(id, d.token());
        Callers.as(Callers.curator(-2202, d.group().provinceCode()), () -> returns.decide(id, Money.rupiah(amount), platformCost, "Diputuskan"));
        await().atMost(Duration.ofSeconds(20)).until(() -> refundPosted(d.parcel()));
    }

    @Test
    void a_refund_at_the_platforms_cost_leaves_the_groups_balance_and_the_commission_as_they_were() {
        ReturnFixture.Delivered d = fixture.delivered();
        await().atMost(Duration.ofSeconds(20)).until(() -> groupBalance(d.parcel()) != 0);
        long balance = groupBalance(d.parcel());
        long commission = platform(d.parcel(), "PLATFORM_COMMISSION");

        decided(d, 120_000, true);

        assertThat(groupBalance(d.parcel())).isEqualTo(balance);
        assertThat(platform(d.parcel(), "PLATFORM_COMMISSION")).isEqualTo(commission);
        assertThat(platform(d.parcel(), "PLATFORM_REFUNDS")).isEqualTo(120_000);
        assertThat(platform(d.parcel(), "PLATFORM_DISPUTE_COSTS")).isEqualTo(-120_000);
    }

    @Test
    void a_refund_at_the_groups_cost_debits_the_group() {
        ReturnFixture.Delivered d = fixture.delivered();
        await().atMost(Duration.ofSeconds(20)).until(() -> groupBalance(d.parcel()) != 0);
        long balance = groupBalance(d.parcel());
        long commission = platform(d.parcel(), "PLATFORM_COMMISSION");

        decided(d, 2 * ReturnFixture.PRICE, false);

        // Both items back: the group loses what they earned it (their price less the commission, which goes back too).
        assertThat(groupBalance(d.parcel())).isEqualTo(balance - (2 * ReturnFixture.PRICE - commission));
        assertThat(platform(d.parcel(), "PLATFORM_COMMISSION")).isZero();
        assertThat(platform(d.parcel(), "PLATFORM_DISPUTE_COSTS")).isZero();
    }
}
