package id.go.bnn.pasarbersinar.payout;

import static id.go.bnn.pasarbersinar.payout.OrderEvents.delivered;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.nextFulfilmentId;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.paid;
import static id.go.bnn.pasarbersinar.payout.OrderEvents.refunded;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random sequences of orders, deliveries, refunds, commission changes and payout runs (seeded: the seed is in the
 * test's name, so a failure replays), then the rules that never bend: every transaction balances; each group's balance
 * is its credits − debits − payouts; nothing is paid twice; replaying every event changes nothing.
 */
@SpringBootTest
class LedgerPropertyTest {

    @Autowired
    OrderEvents events;
    @Autowired
    LedgerStore ledger;
    @Autowired
    Commissions commissions;
    @Autowired
    PayoutRuns runs;

    @Autowired
    BankTransfers bankTransfers;

    @Autowired
    Payouts payoutReads;
    @Autowired
    PayoutDestinations destinations;
    @Autowired
    ProducerGroups groups;
    @Autowired
    JdbcClient jdbc;

    final Caller adminA = Callers.admin(-81);
    final Caller adminB = Callers.admin(-82);

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }

    record Parcel(long fulfilmentId, long groupId, long items, long shipping) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 2026})
    void every_sequence_keeps_the_ledger_balanced_and_pays_nothing_twice(long seed) {
        Random random = new Random(seed);
        List<GroupId> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            GroupId group = Caller.runAsSystem(() -> groups.register(new NewGroup("Properti " + seed + "-" + n + " " + System.nanoTime(),
                    new LocalizedText("Cerita.", "Story."), "KAWASAN_RAWAN", "53", "Kota Kupang", null, null, null, null, null, null, null, 5, 2024), false));
            Callers.as(adminA, () -> destinations.setBank(group, "BRI", "12345" + seed + n, "Kelompok " + n));
            mine.add(group);
        }
        Map<Long, Long> modelCredits = new HashMap<>();
        Map<Long, Integer> groupRate = new HashMap<>();
        List<Parcel> parcels = new ArrayList<>();
        List<Object> published = new ArrayList<>();
        Instant now = Instant.now();
        for (int step = 0; step < 30; step++) {
            int choice = random.nextInt(10);
            if (choice < 4 || parcels.isEmpty()) {
                long group = mine.get(random.nextInt(mine.size())).value();
                long f = nextFulfilmentId();
                long a = 1_000 + random.nextInt(300_000);
                long b = random.nextBoolean() ? 1 + random.nextInt(99_999) : 0;
                long shipping = random.nextInt(4) * 9_000L + random.nextInt(3);
                var order = b == 0 ? paid(f, group, shipping, Instant.now(), a) : paid(f, group, shipping, Instant.now(), a, b);
                CommissionRate rate = new CommissionRate(groupRate.getOrDefault(group, 1000));
                modelCredits.merge(group, a - rate.commissionOf(a) + (b == 0 ? 0 : b - rate.commissionOf(b)) + shipping, Long::sum);
                parcels.add(new Parcel(f, group, a + b, shipping));
                publishRemembered(published, order);
            } else if (choice < 7) {
                Parcel p = parcels.get(random.nextInt(parcels.size()));
                publishRemembered(published, delivered(p.fulfilmentId(), p.groupId(), now.minus(Duration.ofDays(7 + random.nextInt(3)))));
            } else if (choice < 8) {
                Parcel p = parcels.get(random.nextInt(parcels.size()));
                boolean whole = random.nextBoolean();
                long items = whole ? p.items() : random.nextLong(p.items() + 1);
                publishRemembered(published, refunded("prop-" + seed + "-" + step + "-" + p.fulfilmentId(), p.fulfilmentId(), p.groupId(), items,
                        whole ? p.shipping() : 0, whole, Instant.now()));
            } else if (choice < 9) {
                GroupId group = mine.get(random.nextInt(mine.size()));
                int bp = random.nextInt(3) * 500 + random.nextInt(2) * 33;
                Callers.as(adminA, () -> commissions.setGroupRate(group, new CommissionRate(bp)));
                groupRate.put(group.value(), bp);
            } else {
                Callers.as(adminA, () -> runs.run());
                for (Payout payout : Callers.as(adminA, () -> payoutReads.recent(1000))) {
                    if (mine.stream().anyMatch(g -> g.value() == payout.groupId()) && payout.status() == PayoutStatus.PENDING) {
                        Callers.as(adminA, () -> bankTransfers.recordBankTransfer(payout.id(), "REF-" + payout.id(), "b.pdf", ProofFiles.pdf()));
                        if (random.nextBoolean()) {
                            Callers.as(adminB, () -> bankTransfers.approve(payout.id()));
                        }
                    }
                }
            }
        }

        assertThat(ledger.unbalancedTransactions()).as("transactions that do not balance").isEmpty();
        assertThat(ledger.grandTotal()).isZero();
        Map<Long, Map<LedgerAccount, Long>> before = new HashMap<>();
        for (GroupId group : mine) {
            long g = group.value();
            Map<LedgerAccount, Long> balances = ledger.balances(g);
            before.put(g, balances);
            long credits = sumOfKind(g, "paid");
            long debits = -sumOfKind(g, "refund");
            long payouts = balances.get(LedgerAccount.GROUP_PAYOUT_IN_PROGRESS) + balances.get(LedgerAccount.GROUP_PAID_OUT);
            assertThat(credits).as("credits of group %d as the model computes them", g).isEqualTo(modelCredits.getOrDefault(g, 0L));
            assertThat(balances.get(LedgerAccount.GROUP_PENDING) + balances.get(LedgerAccount.GROUP_AVAILABLE))
                    .as("balance of group %d = credits − debits − payouts", g).isEqualTo(credits - debits - payouts);
            long notReversed = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM payout WHERE group_id = ? AND status <> 'REVERSED'").param(g)
                    .query(Long.class).single();
            assertThat(notReversed).as("payouts of group %d", g).isEqualTo(payouts);
            long paid = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM payout WHERE group_id = ? AND status = 'PAID'").param(g).query(Long.class).single();
            assertThat(paid).as("paid to group %d", g).isEqualTo(balances.get(LedgerAccount.GROUP_PAID_OUT));
        }
        // Credits to paid out per payout (a transfer Stripe reversed after it was paid debits it again: not a second payment).
        assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT payout_id FROM ledger_entry WHERE account = 'GROUP_PAID_OUT' AND amount > 0 GROUP BY payout_id "
                + "HAVING COUNT(*) > 1) twice").query(Long.class).single()).as("payouts paid twice").isZero();

        long entries = ledger.entryCount();
        events.publish(published.toArray());
        assertThat(ledger.entryCount()).as("entries after replaying every event").isEqualTo(entries);
        for (GroupId group : mine) {
            assertThat(ledger.balances(group.value())).isEqualTo(before.get(group.value()));
        }
    }

    private void publishRemembered(List<Object> published, Object event) {
        events.publish(event);
        published.add(event);
    }

    private long sumOfKind(long group, String kind) {
        return jdbc.sql("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE e.group_id = ? AND t.kind = ? AND e.account IN ('GROUP_PENDING', 'GROUP_AVAILABLE')")
                .params(group, kind).query(Long.class).single();
    }
}
