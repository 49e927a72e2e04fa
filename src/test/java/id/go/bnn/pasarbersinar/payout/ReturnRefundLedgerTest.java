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
 * does not move. Return postage refunded with it follows the same side: the group pays it (no commission on it) or the
 * platform does. Every transaction balances either way.
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

    @Test
    void the_postage_of_a_return_for_the_groups_fault_is_debited_to_the_group_on_receipt() {
        ReturnFixture.Delivered d = fixture.delivered();
        long postage = fixture.postageMax(d.parcel());
        await().atMost(Duration.ofSeconds(20)).until(() -> groupBalance(d.parcel()) != 0);
        long balance = groupBalance(d.parcel());
        long commission = platform(d.parcel(), "PLATFORM_COMMISSION");
        long refundsBefore = platform(d.parcel(), "PLATFORM_REFUNDS");
        var member = Callers.producer(-2203, d.group().id());
        long id = returns.request(d.parcel(), d.token(), ReturnReason.DAMAGED, "Pecah", Map.of(d.line(), 2), List.of());
        Callers.as(member, () -> returns.accept(id));
        returns.shipBack(id, d.token(), "JNE-LEDGER-1", Money.rupiah(postage));
        Callers.as(member, () -> returns.confirmReceipt(id, false));
        await().atMost(Duration.ofSeconds(20)).until(() -> refundPosted(d.parcel()));

        // Both items back with their commission, and the postage on top at the group's cost.
        assertThat(groupBalance(d.parcel())).isEqualTo(balance - (2 * ReturnFixture.PRICE - commission) - postage);
        assertThat(platform(d.parcel(), "PLATFORM_COMMISSION")).isZero();
        assertThat(platform(d.parcel(), "PLATFORM_REFUNDS") - refundsBefore).isEqualTo(2 * ReturnFixture.PRICE + postage);
        assertThat(platform(d.parcel(), "PLATFORM_DISPUTE_COSTS")).isZero();
    }

    @Test
    void postage_a_curator_adds_at_the_platforms_cost_is_the_platforms_expense_too() {
        ReturnFixture.Delivered d = fixture.delivered();
        long postage = fixture.postageMax(d.parcel());
        await().atMost(Duration.ofSeconds(20)).until(() -> groupBalance(d.parcel()) != 0);
        long balance = groupBalance(d.parcel());
        long commission = platform(d.parcel(), "PLATFORM_COMMISSION");
        long id = returns.request(d.parcel(), d.token(), ReturnReason.WRONG_ITEM, "Warna lain", Map.of(d.line(), 1), List.of());
        Callers.as(Callers.producer(-2204, d.group().id()), () -> returns.decline(id, "Sesuai pesanan"));
        returns.escalate(id, d.token());
        Callers.as(Callers.curator(-2205, d.group().provinceCode()),
                () -> returns.decide(id, Money.rupiah(100_000), Money.rupiah(postage), true, "Ganti dengan ongkir"));
        await().atMost(Duration.ofSeconds(20)).until(() -> refundPosted(d.parcel()));

        assertThat(groupBalance(d.parcel())).isEqualTo(balance);
        assertThat(platform(d.parcel(), "PLATFORM_COMMISSION")).isEqualTo(commission);
        assertThat(platform(d.parcel(), "PLATFORM_DISPUTE_COSTS")).isEqualTo(-(100_000 + postage));
    }

    @Test
    void postage_a_curator_adds_at_the_groups_cost_is_debited_to_the_group_without_commission() {
        ReturnFixture.Delivered d = fixture.delivered();
        long postage = fixture.postageMax(d.parcel());
        await().atMost(Duration.ofSeconds(20)).until(() -> groupBalance(d.parcel()) != 0);
        long balance = groupBalance(d.parcel());
        long commission = platform(d.parcel(), "PLATFORM_COMMISSION");
        long id = returns.request(d.parcel(), d.token(), ReturnReason.NOT_AS_DESCRIBED, "Ukuran lain", Map.of(d.line(), 2), List.of());
        Callers.as(Callers.producer(-2206, d.group().id()), () -> returns.decline(id, "Sesuai foto"));
        returns.escalate(id, d.token());
        Callers.as(Callers.curator(-2207, d.group().provinceCode()),
                () -> returns.decide(id, Money.rupiah(2 * ReturnFixture.PRICE), Money.rupiah(postage), false, "Kelompok menanggung"));
        await().atMost(Duration.ofSeconds(20)).until(() -> refundPosted(d.parcel()));

        assertThat(groupBalance(d.parcel())).isEqualTo(balance - (2 * ReturnFixture.PRICE - commission) - postage);
        assertThat(platform(d.parcel(), "PLATFORM_COMMISSION")).isZero();
        assertThat(platform(d.parcel(), "PLATFORM_DISPUTE_COSTS")).isZero();
    }
}
