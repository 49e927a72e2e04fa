package id.go.bnn.pasarbersinar.reporting;

import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.order.Checkout;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.order.ShippingRates;
import id.go.bnn.pasarbersinar.order.ShippingZone;
import id.go.bnn.pasarbersinar.payout.ProofFiles;
import id.go.bnn.pasarbersinar.payout.CommissionRate;
import id.go.bnn.pasarbersinar.payout.Commissions;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutDestinations;
import id.go.bnn.pasarbersinar.payout.BankTransfers;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.payout.PayoutStatus;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small fixed history built through the real services, whose figures are worked out by hand in {@link Expected}:
 * two new groups of one province (A: 5 members, programme KAWASAN_RAWAN; B: 3 members, PASCA_REHABILITASI, with a
 * name that tries to inject script), both at 10 % commission and a shipping rate of Rp 10.000 for the first kilogram
 * and Rp 5.000 for each further one (products weigh 800 g).
 * <ol>
 * <li>Order 1: A, 2 × Rp 100.000 (1,6 kg: shipping Rp 15.000). Paid, shipped 30 hours after payment, delivered; with no
 *     holding period its earnings are payable at once, and a payout run pays A Rp 195.000 by bank (four eyes).</li>
 * <li>Order 2: A, 1 × Rp 100.000 (shipping Rp 10.000) and B, 3 × Rp 50.000 (2,4 kg: shipping Rp 20.000). Paid; B refunds
 *     one item (Rp 50.000; commission back Rp 5.000, so B's income loses Rp 45.000); A refunds its whole parcel (the
 *     item and the shipping: its income loses Rp 90.000, the shipping passed to couriers Rp 10.000).</li>
 * <li>Order 3: A, placed but never paid: counts nowhere.</li>
 * </ol>
 */
@Component
public class ReportFixture {

    public static final String INJECTION = "</script><img src=x onerror=alert(1)>";
    public static final String PROVINCE = "64";

    /** The hand-computed figures of the fixture. */
    public static final class Expected {
        // The inputs: prices, quantities, shipping of each parcel, the commission rate.
        static final long TENUN = 100_000;
        static final long TAS = 50_000;
        static final long SHIPPING_A1 = 15_000;
        static final long SHIPPING_A2 = 10_000;
        static final long SHIPPING_B = 20_000;

        static long commission(long items) {
            return items / 10;
        }

        static final long ITEMS_A1 = 2 * TENUN;
        static final long ITEMS_A2 = TENUN;
        static final long ITEMS_B = 3 * TAS;

        public static final long SALES_A = ITEMS_A1 + SHIPPING_A1 + ITEMS_A2 + SHIPPING_A2;
        public static final long SALES_B = ITEMS_B + SHIPPING_B;
        /** A's second parcel refunded whole: its item and its shipping. */
        public static final long REFUNDS_A = ITEMS_A2 + SHIPPING_A2;
        public static final long REFUNDS_B = TAS;
        /** The makers' income: items − commission − (refunded items − commission back); never the shipping. */
        public static final long INCOME_A = (ITEMS_A1 - commission(ITEMS_A1)) + (ITEMS_A2 - commission(ITEMS_A2)) - (ITEMS_A2 - commission(ITEMS_A2));
        public static final long INCOME_B = (ITEMS_B - commission(ITEMS_B)) - (TAS - commission(TAS));
        /** The shipping passed through to couriers: paid with the parcels less the shipping refunded. */
        public static final long SHIPPING_TO_COURIERS_A = SHIPPING_A1 + SHIPPING_A2 - SHIPPING_A2;
        public static final long SHIPPING_TO_COURIERS_B = SHIPPING_B;
        /** The payout moves the group's money of order 1, shipping included (the group pays the courier). */
        public static final long PAYOUT_A = ITEMS_A1 - commission(ITEMS_A1) + SHIPPING_A1;
        public static final long ORDERS = 2;
        public static final long ITEMS = 2 + 1 + 3;
        public static final long PARTICIPANTS = 5 + 3;

        private Expected() {
        }
    }

    public record Built(GroupId a, GroupId b, String nameA, String nameB) {
    }

    private final ProducerGroups groups;
    private final OrderFixture orders;
    private final Checkout checkout;
    private final Orders parcels;
    private final ShippingRates rates;
    private final Commissions commissions;
    private final PayoutDestinations destinations;
    private final PayoutRuns runs;
    private final BankTransfers bankTransfers;
    private final Payouts payoutReads;
    private final JdbcClient jdbc;

    ReportFixture(ProducerGroups groups, OrderFixture orders, Checkout checkout, Orders parcels, ShippingRates rates,
            Commissions commissions, PayoutDestinations destinations, PayoutRuns runs,
            BankTransfers bankTransfers, Payouts payoutReads, JdbcClient jdbc) {
        this.groups = groups;
        this.orders = orders;
        this.checkout = checkout;
        this.parcels = parcels;
        this.rates = rates;
        this.commissions = commissions;
        this.destinations = destinations;
        this.runs = runs;
        this.bankTransfers = bankTransfers;
        this.payoutReads = payoutReads;
        this.jdbc = jdbc;
    }

    public Built build() {
        Caller admin = Callers.admin(-8101);
        Caller secondAdmin = Callers.admin(-8102);
        Caller curator = Callers.curator(-8103, PROVINCE);
        String nameA = "Kelompok Laporan A " + System.nanoTime();
        String nameB = INJECTION + " " + System.nanoTime();
        GroupId a = register(nameA, "KAWASAN_RAWAN", 5);
        GroupId b = register(nameB, "PASCA_REHABILITASI", 3);
        for (GroupId group : List.of(a, b)) {
            Callers.as(admin, () -> commissions.setGroupRate(group, new CommissionRate(1000)));
            Callers.as(admin, () -> rates.set(group.value(), ShippingZone.SAME_PROVINCE, new ShippingRates.Rate(Money.rupiah(10_000),
                    Money.rupiah(5_000))));
        }
        OrderFixture.Group groupA = new OrderFixture.Group(a.value(), PROVINCE);
        OrderFixture.Group groupB = new OrderFixture.Group(b.value(), PROVINCE);
        long tenun = orders.variant(groupA, 20, 100_000, "Tenun laporan");
        long tas = orders.variant(groupB, 20, 50_000, "Tas laporan");

        String first = pay(Map.of(tenun, 2));
        Map<Long, Integer> both = new LinkedHashMap<>();
        both.put(tenun, 1);
        both.put(tas, 3);
        String second = pay(both);
        checkout.place(orders.cart(tenun, 1), orders.form(PROVINCE, "Pembeli Belum Bayar", "Jl. Laporan 3", null));

        long firstParcel = orders.fulfilmentIds(first).getFirst();
        Callers.as(Callers.producer(-8104, a.value()), () -> parcels.markShipped(firstParcel, "JNE", "JNE-LAPORAN-1"));
        // The parcel left 30 hours after payment (the services stamp "now"; the report's mean needs a known duration).
        jdbc.sql("UPDATE fulfilment SET shipped_at = (SELECT TIMESTAMPADD(HOUR, 30, o.paid_at) FROM customer_order o WHERE o.id = fulfilment.order_id) "
                + "WHERE id = ?").param(firstParcel).update();
        Callers.as(admin, () -> parcels.confirmDelivery(firstParcel, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> posted("release:" + firstParcel));

        long bParcel = jdbc.sql("SELECT f.id FROM fulfilment f JOIN customer_order o ON o.id = f.order_id WHERE o.number = ? AND f.group_id = ?")
                .params(second, b.value()).query(Long.class).single();
        long bLine = jdbc.sql("SELECT id FROM order_line WHERE fulfilment_id = ?").param(bParcel).query(Long.class).single();
        Callers.as(curator, () -> parcels.refund(bParcel, Map.of(bLine, 1), false));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE fulfilment_id = ? AND memo = 'refund' "
                + "AND group_id = ?").params(bParcel, b.value()).query(Long.class).single() == 1);
        long aParcel = jdbc.sql("SELECT f.id FROM fulfilment f JOIN customer_order o ON o.id = f.order_id WHERE o.number = ? AND f.group_id = ?")
                .params(second, a.value()).query(Long.class).single();
        // No lines given: the whole parcel, its shipping too.
        Callers.as(curator, () -> parcels.refund(aParcel, Map.of(), false));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE fulfilment_id = ? AND memo = 'refund' "
                + "AND group_id = ?").params(aParcel, a.value()).query(Long.class).single() == 1);

        Callers.as(admin, () -> destinations.setBank(a, "BRI", "0123-4567-8901", "Koperasi Laporan"));
        Callers.as(admin, () -> runs.run());
        Payout payout = Callers.as(admin, () -> payoutReads.recent(500)).stream().filter(p -> p.groupId() == a.value()).findFirst().orElseThrow();
        Callers.as(admin, () -> bankTransfers.recordBankTransfer(payout.id(), "BRI-LAPORAN-1", "bukti.pdf", ProofFiles.pdf()));
        Callers.as(secondAdmin, () -> bankTransfers.approve(payout.id()));
        if (Callers.as(admin, () -> payoutReads.recent(500)).stream().noneMatch(p -> p.id() == payout.id() && p.status() == PayoutStatus.PAID)) {
            throw new IllegalStateException("The fixture's payout was not paid");
        }
        return new Built(a, b, nameA, nameB);
    }

    private GroupId register(String name, String programme, int members) {
        return Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup(name, new LocalizedText("Cerita.", "Story."), programme, PROVINCE, "Kota Samarinda",
                    null, null, null, null, null, null, null, members, 2024), false);
            groups.verify(id);
            return id;
        });
    }

    private String pay(Map<Long, Integer> lines) {
        String number = orders.paidOrder(orders.cart(lines), orders.form(PROVINCE, "Pembeli Laporan", "Jl. Laporan 1", null));
        for (long fulfilment : orders.fulfilmentIds(number)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> posted("paid:" + fulfilment));
        }
        return number;
    }

    private boolean posted(String sourceKey) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_transaction WHERE source_key = ?").param(sourceKey).query(Long.class).single() == 1;
    }
}
