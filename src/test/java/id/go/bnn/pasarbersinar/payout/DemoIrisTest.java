package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.payout.OrderEvents.delivered;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.nextFulfilmentId;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bnn.pasarbersinar.payout.internal.DemoIris;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo's Iris (no Iris keys, PASAR_DEMO on): offline, the four eyes still hold and staff decide the outcome. */
@SpringBootTest
@ExtendWith(EveryTransactionBalances.class)
class DemoIrisTest {

    @Autowired
    OrderEvents events;
    @Autowired
    PayoutRuns runs;
    @Autowired
    IrisPayouts iris;
    @Autowired
    Payouts payoutReads;
    @Autowired
    PayoutDestinations destinations;
    @Autowired
    ProducerGroups groups;
    @Autowired
    LedgerStore ledger;

    final Caller adminA = Callers.admin(-95);
    final Caller adminB = Callers.admin(-96);

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    @Test
    void the_demo_iris_is_used_and_a_payout_approved_by_a_second_administrator_is_completed_by_the_demo_button() {
        assertThat(iris.demo()).isTrue();
        GroupId group = irisGroup("Demo Iris Lunas", "0812-3456-7801");
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        assertThat(payout.status()).isEqualTo(PayoutStatus.SENT);
        assertThat(payout.bankReference()).isEqualTo(DemoIris.PREFIX + "pasar-payout-" + payout.id());
        assertThatThrownBy(() -> Callers.as(adminA, () -> iris.demoDecide(payout.id(), true))).isInstanceOf(PayoutException.class);
        assertThatThrownBy(() -> Callers.as(adminA, () -> iris.approve(payout.id(), null)))
                .isInstanceOf(PayoutException.class).extracting("messageKey").isEqualTo("payout.error.four-eyes");
        Callers.as(adminB, () -> iris.approve(payout.id(), null));
        assertThat(Callers.as(adminA, () -> iris.demoDecide(payout.id(), true))).isEqualTo(PayoutStatus.PAID);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAID_OUT, group.value())).isEqualTo(180_000);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS, group.value())).isZero();
        assertThat(Callers.as(adminA, () -> payoutReads.find(payout.id())).orElseThrow().approvedBy()).isEqualTo(adminB.accountId());
    }

    @Test
    void a_demo_failure_puts_the_money_back_to_available_with_the_reason() {
        GroupId group = irisGroup("Demo Iris Gagal", "0812-3456-7802");
        Callers.as(adminA, () -> runs.run());
        Payout payout = payoutOf(group);
        Callers.as(adminB, () -> iris.approve(payout.id(), null));
        assertThat(Callers.as(adminB, () -> iris.demoDecide(payout.id(), false))).isEqualTo(PayoutStatus.REVERSED);
        Payout after = Callers.as(adminA, () -> payoutReads.find(payout.id())).orElseThrow();
        assertThat(after.failure()).isEqualTo("Iris: Demo: the bank refused the transfer");
        assertThat(ledger.balance(LedgerAccount.GROUP_AVAILABLE, group.value())).isEqualTo(180_000);
        assertThat(ledger.balance(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS, group.value())).isZero();
    }

    @Test
    void the_demo_account_check_refuses_accounts_ending_in_0000_and_names_another_holder_for_9999() {
        GroupId missing = irisGroup("Demo Iris Tanpa Rekening", "0812-3456-0000");
        GroupId other = irisGroup("Demo Iris Pemilik Lain", "0812-3456-9999");
        Callers.as(adminA, () -> runs.run());
        Payout refused = payoutOf(missing);
        assertThat(refused.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(refused.failure()).isEqualTo("Iris: Demo Iris: no such account");
        Payout mismatch = payoutOf(other);
        assertThat(mismatch.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(mismatch.failure()).contains(DemoIris.OTHER_HOLDER);
        assertThat(Callers.as(adminA, () -> iris.accountCheck(other)).orElseThrow().validatedName()).isEqualTo(DemoIris.OTHER_HOLDER);
        // Staff pay it by hand instead: an ordinary bank transfer with its four eyes.
        Callers.as(adminA, () -> iris.payByHand(mismatch.id()));
        assertThat(Callers.as(adminA, () -> payoutReads.find(mismatch.id())).orElseThrow().method()).isEqualTo(PayoutMethod.BANK);
    }

    @Test
    void an_iris_destination_needs_an_iris_bank_code() {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup("Demo Iris Kode " + System.nanoTime(), new LocalizedText("C.", "S."),
                "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        assertThatThrownBy(() -> Callers.as(adminA, () -> destinations.setIris(group, "Bank Central Asia!", "1234567890", "Nama")))
                .isInstanceOf(PayoutException.class).extracting("messageKey").isEqualTo("payout.error.iris-bank");
        assertThat(Callers.as(adminA, () -> destinations.of(group))).isEmpty();
    }

    GroupId irisGroup(String name, String account) {
        GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup(name + " " + System.nanoTime(), new LocalizedText("Cerita.", "Story."),
                "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
        long f = nextFulfilmentId();
        events.publish(paid(f, group.value(), 0, Instant.now(), 200_000), delivered(f, group.value(), Instant.now().minus(Duration.ofDays(8))));
        Callers.as(adminA, () -> destinations.setIris(group, "bri", account, "Koperasi " + name));
        return group;
    }

    Payout payoutOf(GroupId group) {
        return Callers.as(adminA, () -> payoutReads.recent(500)).stream().filter(p -> p.groupId() == group.value()).findFirst().orElseThrow();
    }
}
