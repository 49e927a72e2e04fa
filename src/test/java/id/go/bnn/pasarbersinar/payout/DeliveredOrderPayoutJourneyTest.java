package id.go.bnn.pasarbersinar.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.order.Checkout;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.order.PlacedOrder;
import id.go.bnn.pasarbersinar.payment.DemoPayments;
import id.go.bnn.pasarbersinar.payout.internal.DemoTransfers;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The done-criterion of the payouts, end to end through the services on the database of the run (H2, or MariaDB with
 * -Pmysql): a demo order of two groups is paid with the DEMO provider, shipped and delivered; after the holding period
 * (an hour by its setting here, passed by moving the shop's clock) its earnings are available; a payout run pays the
 * Stripe Connect group by a demo transfer and the bank group by a recorded transfer a second administrator approves;
 * the statement PDF shows the order and the payout.
 */
@SpringBootTest(properties = {"pasar.payout.holding-period=PT1H", "pasar.payout.stripe.secret-key="})
@ExtendWith(EveryTransactionBalances.class)
class DeliveredOrderPayoutJourneyTest {

    @Autowired
    OrderFixture fixture;
    @Autowired
    Checkout checkout;
    @Autowired
    Orders orders;
    @Autowired
    DemoPayments demoPayments;
    @Autowired
    PayoutDestinations destinations;
    @Autowired
    PayoutRuns runs;

    @Autowired
    BankTransfers bankTransfers;

    @Autowired
    TransferSettlement settlement;

    @Autowired
    Payouts payoutReads;
    @Autowired
    Earnings earnings;
    @Autowired
    EarningsReleases releases;
    @Autowired
    Commissions commissions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProducerGroups groups;
    @Autowired
    MovableClock clock;

    final Caller adminA = Callers.admin(-401);
    final Caller adminB = Callers.admin(-402);

    @AfterEach
    void balanced() {
        clock.reset();
        Callers.signOut();
    }

    @Test
    void a_delivered_demo_order_becomes_available_after_the_holding_period_is_paid_by_both_methods_and_shows_in_the_statement()
            throws Exception {
        assertThat(runs.demoTransfers()).as("no STRIPE_SECRET_KEY: Stripe Connect payouts are demo transfers").isTrue();
        OrderFixture.Group ntt = freshGroup("Penjahit Uji Kupang", "53", "Kota Kupang");
        OrderFixture.Group banten = freshGroup("Bengkel Uji Pinang", "36", "Kota Tangerang");
        GroupId bankGroup = new GroupId(ntt.id());
        GroupId stripeGroup = new GroupId(banten.id());
        Callers.as(adminA, () -> {
            destinations.setBank(bankGroup, "Bank NTT", "001-02-03-004567-8", "Koperasi Uji Fatululi");
            destinations.setStripe(stripeGroup, "acct_DEMOjourney01");
        });
        long tenun = fixture.variant(ntt, 5, 375_000, "Kain tenun uji");
        long kursi = fixture.variant(banten, 5, 640_000, "Kursi tong uji");

        // Paid with the DEMO provider, as the buyer's "Bayar" on /bayar/demo does.
        PlacedOrder placed = Caller.runAsSystem(() -> checkout.place(fixture.cart(Map.of(tenun, 1, kursi, 1)), fixture.form()));
        assertThat(demoPayments.pay(placed.paymentUrl())).isTrue();
        String token = placed.orderPath().substring(placed.orderPath().indexOf("?t=") + 3);
        OrderDetails paid = await().atMost(Duration.ofSeconds(20)).until(() -> Caller.runAsSystem(() -> orders.find(placed.number(), token)).orElseThrow(),
                order -> order.parcels().stream().allMatch(parcel -> parcel.status() == FulfilmentStatus.PAID));
        await().atMost(Duration.ofSeconds(20)).until(() -> earnings(bankGroup).pending().rupiah() > 0 && earnings(stripeGroup).pending().rupiah() > 0);

        // Shipped by each group, delivered (the buyer confirms with the order's signed link).
        for (OrderDetails.Parcel parcel : paid.parcels()) {
            Callers.as(Callers.producer(-410 - parcel.groupId(), parcel.groupId()),
                    () -> orders.markShipped(parcel.fulfilmentId(), "JNE", "JNE" + parcel.fulfilmentId() + "X"));
            Caller.runAsSystem(() -> orders.confirmDelivery(parcel.fulfilmentId(), token));
        }
        long expectedBank = expectedEarnings(paid, bankGroup);
        long expectedStripe = expectedEarnings(paid, stripeGroup);
        await().atMost(Duration.ofSeconds(20)).until(() -> earnings(bankGroup).pending().rupiah() >= expectedBank);
        assertThat(earnings(bankGroup).pending().rupiah()).isEqualTo(expectedBank);
        assertThat(earnings(stripeGroup).pending().rupiah()).isEqualTo(expectedStripe);
        assertThat(earnings(bankGroup).available().rupiah() + earnings(stripeGroup).available().rupiah())
                .as("within the holding period nothing is payable yet").isZero();

        // After the holding period the earnings are available: the shop's clock is moved past it, nobody waits for it.
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        Caller.runAsSystem(releases::releaseDue);
        assertThat(earnings(bankGroup).pending().rupiah()).isZero();
        assertThat(earnings(stripeGroup).pending().rupiah()).isZero();
        Balance bank = earnings(bankGroup);
        Balance stripe = earnings(stripeGroup);
        assertThat(bank.available().rupiah()).isEqualTo(expectedBank);
        assertThat(stripe.available().rupiah()).isEqualTo(expectedStripe);

        // A payout run pays both: Stripe Connect by a (demo) transfer, reconciled; the bank by hand with four eyes.
        long runId = Callers.as(adminA, () -> runs.run()).runId();
        Payout stripePayout = payoutOf(runId, stripeGroup);
        Payout bankPayout = payoutOf(runId, bankGroup);
        assertThat(stripePayout.amount()).isEqualTo(stripe.available());
        assertThat(bankPayout.amount()).isEqualTo(bank.available());
        assertThat(stripePayout.status()).isEqualTo(PayoutStatus.SENT);
        assertThat(stripePayout.stripeTransferId()).startsWith(DemoTransfers.ID_PREFIX);
        assertThat(Callers.as(adminA, () -> settlement.reconcile(stripePayout.id()))).isEqualTo(PayoutStatus.PAID);
        Callers.as(adminA, () -> bankTransfers.recordBankTransfer(bankPayout.id(), "TRF-UJI-0001", "bukti.pdf", ProofFiles.pdf()));
        Callers.as(adminB, () -> bankTransfers.approve(bankPayout.id()));
        assertThat(payoutOf(runId, bankGroup).status()).isEqualTo(PayoutStatus.PAID);
        assertThat(earnings(bankGroup).paidOut().rupiah()).isEqualTo(expectedBank);
        assertThat(earnings(stripeGroup).paidOut().rupiah()).isEqualTo(expectedStripe);
        assertThat(earnings(bankGroup).available().rupiah()).isZero();
        assertThat(earnings(stripeGroup).available().rupiah()).isZero();

        // The statement PDF of the month shows the order and the payout.
        String text = statementText(bankGroup);
        assertThat(text).contains(placed.number(), "Kain tenun uji × 1", Money.rupiah(375_000).format(), "#" + bankPayout.id(),
                Money.rupiah(-bankPayout.amount().rupiah()).format());
        assertThat(statementText(stripeGroup)).contains(placed.number(), "Kursi tong uji × 1", Money.rupiah(640_000).format(), "#" + stripePayout.id());
    }

    private Balance earnings(GroupId group) {
        return Callers.as(adminA, () -> earnings.balance(group));
    }

    private Payout payoutOf(long runId, GroupId group) {
        return Callers.as(adminA, () -> payoutReads.payoutsOfRun(runId)).stream().filter(p -> p.groupId() == group.value()).findFirst().orElseThrow();
    }

    /** The parcel's items minus the commission at the rate in force (read through the public service), plus its shipping. */
    private long expectedEarnings(OrderDetails order, GroupId group) {
        OrderDetails.Parcel parcel = order.parcels().stream().filter(p -> p.groupId() == group.value()).findFirst().orElseThrow();
        long commission = parcel.lines().stream().mapToLong(line -> commissions.rateAt(group.value(), categoryOf(line.variantId()),
                order.paidAt()).commissionOf(line.total().rupiah())).sum();
        return parcel.items().rupiah() - commission + parcel.shipping().rupiah();
    }

    private String categoryOf(long variantId) {
        return jdbc.sql("SELECT p.category_code FROM product_variant v JOIN product p ON p.id = v.product_id WHERE v.id = ?").param(variantId)
                .query(String.class).single();
    }

    /** A new verified group of its own, so that its balances hold this journey only. */
    private OrderFixture.Group freshGroup(String name, String province, String regency) {
        GroupId id = Caller.runAsSystem(() -> {
            GroupId group = groups.register(new NewGroup(name + " " + System.nanoTime(), new LocalizedText("Cerita uji.", "Test story."),
                    "KAWASAN_RAWAN", province, regency, null, null, null, null, null, null, null, 5, 2024), false);
            groups.verify(group);
            return group;
        });
        return new OrderFixture.Group(id.value(), province);
    }

    private String statementText(GroupId group) throws Exception {
        byte[] pdf = Callers.as(adminA, () -> earnings.statementPdf(group, YearMonth.from(clock.instant().atZone(Earnings.STATEMENT_ZONE)), Locale.of("id")));
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
