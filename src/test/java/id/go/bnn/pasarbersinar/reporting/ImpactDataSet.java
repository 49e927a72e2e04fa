package id.go.bnn.pasarbersinar.reporting;

import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.identity.AccountId;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.payout.ProofFiles;
import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.payout.OrderEvents;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.BankTransfers;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A fixed data set built through the real services, with hand-computed figures. Every group gets a commission
 * override of 10 % (so other tests changing the platform rate change nothing here), and every order is shipped to
 * the group's own province (one parcel of at most 1 kg: Rp 12.000, of 1–2 kg: Rp 18.000).
 * <ul>
 * <li>A (province a): one item Rp 150.000 → income 150.000 − 15.000 = <b>135.000</b>, shipping 12.000 to the courier;
 * delivered 8 days ago, paid out by bank transfer (recorded, approved by a second administrator) → <b>paid to makers
 * 147.000</b> (the payout moves the shipping too: the group pays the courier);</li>
 * <li>B (province a): one item Rp 85.005 → commission 8.500,5 rounds up to 8.501 → income 85.005 − 8.501 =
 * <b>76.504</b>, shipping 12.000;</li>
 * <li>C (province c): two items of Rp 100.000 (1,6 kg) → 200.000 − 20.000 = 180.000; one item refunded (no shipping)
 * → 100.000 − 10.000 commission back = 90.000 less → <b>90.000</b>, shipping 18.000.</li>
 * </ul>
 * Earned through the shop: 135.000 + 76.504 + 90.000 = <b>301.504</b>; shipping to couriers 12.000 + 12.000 + 18.000
 * = <b>42.000</b>; groups reached 3, in 2 provinces.
 */
@Component
public class ImpactDataSet {

    // The inputs: prices, shipping by weight, the commission rate (10 %, rounded half up).
    static final long PRICE_A = 150_000;
    static final long PRICE_B = 85_005;
    static final long PRICE_C = 100_000;
    static final long SHIPPING_UP_TO_1_KG = 12_000;
    static final long SHIPPING_UP_TO_2_KG = 18_000;

    static long commission(long items) {
        return (items + 5) / 10;
    }

    public static final long EARNED_A = PRICE_A - commission(PRICE_A);
    public static final long EARNED_B = PRICE_B - commission(PRICE_B);
    /** Two lines, one refunded with its share of the commission given back. */
    public static final long EARNED_C = 2 * (PRICE_C - commission(PRICE_C)) - (PRICE_C - commission(PRICE_C));
    public static final long EARNED = EARNED_A + EARNED_B + EARNED_C;
    public static final long SHIPPING_TO_COURIERS = SHIPPING_UP_TO_1_KG + SHIPPING_UP_TO_1_KG + SHIPPING_UP_TO_2_KG;
    public static final long PAID_TO_MAKERS = EARNED_A + SHIPPING_UP_TO_1_KG;

    public record Built(GroupId a, GroupId b, GroupId c, String provinceA, String provinceC, Caller memberOfA, Caller memberOfB) {
    }

    private final ProducerGroups groups;
    private final Accounts accounts;
    private final OrderFixture fixture;
    private final Orders orders;
    private final OrderEvents events;
    private final Commissions commissions;
    private final PayoutDestinations destinations;
    private final PayoutRuns runs;
    private final BankTransfers bankTransfers;
    private final Payouts payoutReads;

    ImpactDataSet(ProducerGroups groups, Accounts accounts, OrderFixture fixture, Orders orders,
            OrderEvents events, Commissions commissions, PayoutDestinations destinations, PayoutRuns runs,
            BankTransfers bankTransfers, Payouts payoutReads) {
        this.groups = groups;
        this.accounts = accounts;
        this.fixture = fixture;
        this.orders = orders;
        this.events = events;
        this.commissions = commissions;
        this.destinations = destinations;
        this.runs = runs;
        this.bankTransfers = bankTransfers;
        this.payoutReads = payoutReads;
    }

    public Built build(String nameA, String provinceA, String provinceC) {
        long unique = System.nanoTime() % 1_000_000;
        GroupId a = group(nameA, provinceA);
        GroupId b = group("Anyaman Uji Dampak B " + unique, provinceA);
        GroupId c = group("Batik Uji Dampak C " + unique, provinceC);

        String orderA = paidOrder(a, provinceA, Map.of(fixture.variant(new OrderFixture.Group(a.value(), provinceA), 5, 150_000), 1));
        paidOrder(b, provinceA, Map.of(fixture.variant(new OrderFixture.Group(b.value(), provinceA), 5, 85_005), 1));
        Map<Long, Integer> two = new LinkedHashMap<>();
        two.put(fixture.variant(new OrderFixture.Group(c.value(), provinceC), 5, 100_000), 1);
        two.put(fixture.variant(new OrderFixture.Group(c.value(), provinceC), 5, 100_000), 1);
        String orderC = paidOrder(c, provinceC, two);

        long parcelC = fixture.fulfilmentIds(orderC).getFirst();
        long lineC = fixture.jdbc().sql("SELECT MIN(id) FROM order_line WHERE fulfilment_id = ?").param(parcelC).query(Long.class).single();
        Callers.as(Callers.producer(-9101, c.value()), () -> {
            orders.refund(parcelC, Map.of(lineC, 1), true);
            return null;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> posted("refund:%", parcelC));

        // A's parcel was delivered long enough ago to be payable; a payout run pays it by bank, with four eyes.
        long parcelA = fixture.fulfilmentIds(orderA).getFirst();
        events.publish(OrderEvents.delivered(parcelA, a.value(), Instant.now().minus(Duration.ofDays(8))));
        Caller adminA = Callers.admin(-9102);
        Caller adminB = Callers.admin(-9103);
        Callers.as(adminA, () -> {
            destinations.setBank(a, "Bank NTT", "7788990011", "Kelompok Uji Dampak");
            runs.run();
            return null;
        });
        Payout payout = Callers.as(adminA, () -> payoutReads.recent(500)).stream().filter(p -> p.groupId() == a.value()).findFirst().orElseThrow();
        Callers.as(adminA, () -> {
            bankTransfers.recordBankTransfer(payout.id(), "NTT-" + unique, "bukti.pdf", ProofFiles.pdf());
            return null;
        });
        Callers.as(adminB, () -> {
            bankTransfers.approve(payout.id());
            return null;
        });
        return new Built(a, b, c, provinceA, provinceC, member(a), member(b));
    }

    private GroupId group(String name, String province) {
        GroupId id = Caller.runAsSystem(() -> {
            GroupId group = groups.register(new NewGroup(name, new LocalizedText("Cerita " + name + ".", "Story."), "KAWASAN_RAWAN", province,
                    "Kota Uji", null, "Kelurahan Uji", null, null, null, null, null, 6, 2023), false);
            groups.verify(group);
            return group;
        });
        Callers.as(Callers.admin(-9104), () -> {
            commissions.setGroupRate(id, new CommissionRate(1000));
            return null;
        });
        return id;
    }

    private Caller member(GroupId group) {
        AccountId account = Caller.runAsSystem(() -> accounts.provision("dampak-" + System.nanoTime() + "@test.pasarbersinar.id", "Anggota Uji",
                "Tenun-Dampak-Kupang-77", Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(group), null, false));
        return Callers.producer(account.value(), group.value());
    }

    /** Places an order to the group's own province, pays it on the demo page and waits for the ledger's paid: posting. */
    public String paidOrder(GroupId group, String province, Map<Long, Integer> lines) {
        String number = fixture.paidOrder(fixture.cart(lines), fixture.form(province, "Pembeli Dampak", "Jl. Uji No. 1", null));
        List<Long> parcels = fixture.fulfilmentIds(number);
        await().atMost(Duration.ofSeconds(20)).until(() -> parcels.stream().allMatch(parcel -> posted("paid:%", parcel)));
        return number;
    }

    /** What the ledger's paid: posting credited the group for the parcel (pending items − commission + shipping). */
    public long credited(long fulfilmentId) {
        return fixture.jdbc().sql("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE t.source_key = ? AND e.account = 'GROUP_PENDING'")
                .param("paid:" + fulfilmentId).query(Long.class).single();
    }

    private boolean posted(String pattern, long fulfilmentId) {
        return fixture.jdbc().sql("SELECT COUNT(*) FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE t.source_key LIKE ? AND e.fulfilment_id = ?")
                .params(pattern, fulfilmentId).query(Long.class).single() > 0;
    }
}
