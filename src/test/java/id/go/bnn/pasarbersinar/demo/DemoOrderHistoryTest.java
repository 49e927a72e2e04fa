package id.go.bnn.pasarbersinar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.order.FulfilmentRow;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.StaffOrders;
import id.go.bnn.pasarbersinar.payout.Balance;
import id.go.bnn.pasarbersinar.payout.Earnings;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutMethod;
import id.go.bnn.pasarbersinar.payout.PayoutRuns;
import id.go.bnn.pasarbersinar.payout.Payouts;
import id.go.bnn.pasarbersinar.payout.PayoutStatus;
import id.go.bnn.pasarbersinar.payout.internal.DemoTransfers;
import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The demo order history of the first start, on a database of its own (the suite switches the history off):
 * six months of orders in several provinces through the real services, an earlier payout run paid by bank with four
 * eyes and by Stripe Connect demo transfers, available balances left for the next run, and a ledger that balances.
 * The shop's clock of this context says {@link #PINNED}, so the history and the checks do not depend on the day the
 * suite runs.
 */
@SpringBootTest(properties = {"pasar.demo.history=true", "pasar.payout.stripe.secret-key=",
        "spring.datasource.url=jdbc:h2:mem:pasar-history;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1"})
class DemoOrderHistoryTest {

    /**
     * The day the shop believes it is: in the second half of a year, so the six months of history lie in one calendar
     * year and this year's dashboard holds all of it.
     */
    static final Instant PINNED = Instant.parse("2026-09-15T03:00:00Z");

    @Autowired
    StaffOrders staffOrders;
    @Autowired
    PayoutRuns runs;

    @Autowired
    Payouts payoutReads;
    @Autowired
    Earnings earnings;
    @Autowired
    ProducerGroups groups;
    @Autowired
    LedgerStore ledger;

    /**
     * The shop's clock of this context: the suite's movable clock set to {@link #PINNED}, in the history clock the demo
     * wraps it in (made here, so that it wraps the pinned clock however the override is registered).
     */
    @TestBean(name = "movableClock", methodName = "pinnedClock")
    Clock clock;

    static Clock pinnedClock() {
        MovableClock pinned = new MovableClock();
        pinned.advance(Duration.between(Instant.now(), PINNED));
        return new DemoHistoryClock(pinned);
    }

    @Autowired
    id.go.bnn.pasarbersinar.reporting.PublicImpact impact;
    @Autowired
    id.go.bnn.pasarbersinar.reporting.Reports reports;
    @Autowired
    id.go.bnn.pasarbersinar.reporting.ReportExports exports;

    @AfterEach
    void signOut() {
        Callers.signOut();
    }

    @Test
    void the_first_start_writes_six_months_of_orders_through_the_services_and_leaves_the_clock_at_the_real_time() {
        Callers.signIn(Callers.admin(-601));
        List<FulfilmentRow> parcels = everyParcel();
        assertThat(parcels.stream().map(FulfilmentRow::orderNumber).distinct().count()).isBetween(30L, 40L);
        Instant now = clock.instant();
        assertThat(Duration.between(PINNED, now)).as("the pinned day").isPositive().isLessThan(Duration.ofDays(1));
        assertThat(parcels.stream().map(FulfilmentRow::orderedAt).min(Instant::compareTo).orElseThrow()).isBefore(now.minus(Duration.ofDays(150)));
        assertThat(parcels.stream().map(FulfilmentRow::orderedAt).max(Instant::compareTo).orElseThrow()).isBefore(now);
        Map<FulfilmentStatus, Long> byStatus = parcels.stream().collect(Collectors.groupingBy(FulfilmentRow::status, Collectors.counting()));
        assertThat(byStatus.get(FulfilmentStatus.DELIVERED)).isGreaterThan(25);
        assertThat(byStatus).containsKeys(FulfilmentStatus.PAID, FulfilmentStatus.SHIPPED);
        assertThat(byStatus.get(FulfilmentStatus.CANCELLED)).isEqualTo(1);
        assertThat(parcels.stream().map(FulfilmentRow::provinceCode).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(parcels.stream().map(FulfilmentRow::groupId).distinct().count()).isGreaterThanOrEqualTo(6);
        assertThat(Duration.between(clock.instant(), ((DemoHistoryClock) clock).realNow()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(ledger.unbalancedTransactions()).isEmpty();
        assertThat(ledger.grandTotal()).isZero();
    }

    @Autowired
    id.go.bnn.pasarbersinar.review.Reviews demoReviews;

    @Test
    void delivered_demo_orders_carry_reviews_in_both_languages_some_answered_one_held_for_the_ntt_curator() {
        Callers.signIn(Callers.admin(-604));
        Map<String, GroupSummary> bySlug = groups.listPublic().stream().collect(Collectors.toMap(GroupSummary::slug, Function.identity()));
        List<id.go.bnn.pasarbersinar.review.Review> all = new java.util.ArrayList<>();
        for (GroupSummary group : bySlug.values()) {
            if (group.demo()) {
                Callers.signIn(Callers.producer(-605, group.id().value()));
                all.addAll(demoReviews.forMyGroup());
            }
        }
        Callers.signOut();
        assertThat(all).hasSizeGreaterThan(15);
        assertThat(all).extracting(id.go.bnn.pasarbersinar.review.Review::body).anyMatch(body -> body.contains("rapi"))
                .anyMatch(body -> body.contains("Beautiful"));
        assertThat(all).filteredOn(id.go.bnn.pasarbersinar.review.Review::answered).hasSizeGreaterThan(5);
        assertThat(all).allSatisfy(review -> assertThat(review.createdAt()).isBefore(clock.instant().minus(Duration.ofDays(5))));
        assertThat(all).allSatisfy(review -> assertThat(review.author()).matches("\\p{L}+ \\p{L}\\."));
        List<id.go.bnn.pasarbersinar.review.Review> held = Callers.as(Callers.curator(-606, "53"), () -> demoReviews.queue());
        assertThat(held).singleElement().satisfies(review -> assertThat(review.queueReason()).isEqualTo("LINK"));
    }

    @Test
    void earlier_payout_runs_paid_the_groups_by_bank_with_four_eyes_and_by_stripe_demo_transfers() {
        Callers.signIn(Callers.admin(-602));
        List<PayoutRuns.Run> history = payoutReads.runs(10);
        assertThat(history).hasSize(2);
        List<Payout> payouts = history.stream().flatMap(run -> payoutReads.payoutsOfRun(run.id()).stream()).toList();
        assertThat(payouts).allSatisfy(payout -> assertThat(payout.status()).isEqualTo(PayoutStatus.PAID));
        assertThat(payouts).filteredOn(payout -> payout.method() == PayoutMethod.BANK).isNotEmpty().allSatisfy(payout -> {
            assertThat(payout.bankReference()).startsWith("TRF-");
            assertThat(payout.hasProof()).isTrue();
            assertThat(payout.recordedBy()).isNotNull();
            assertThat(payout.approvedBy()).isNotNull().isNotEqualTo(payout.recordedBy());
            assertThat(payoutReads.proof(payout.id()).orElseThrow().contentType()).isEqualTo("application/pdf");
        });
        assertThat(payouts).filteredOn(payout -> payout.method() == PayoutMethod.STRIPE).isNotEmpty()
                .allSatisfy(payout -> assertThat(payout.stripeTransferId()).startsWith(DemoTransfers.ID_PREFIX));
        assertThat(history.getFirst().startedAt()).isBefore(clock.instant().minus(Duration.ofDays(25)));
    }

    @Test
    void balances_are_left_for_a_new_run_by_both_methods_and_a_member_sees_pending_earnings() {
        Callers.signIn(Callers.admin(-603));
        Map<String, GroupSummary> bySlug = groups.listPublic().stream().collect(Collectors.toMap(GroupSummary::slug, Function.identity()));
        Balance fatululi = earnings.balance(bySlug.get("penjahit-tenun-fatululi").id());
        Balance tkpJaya = earnings.balance(bySlug.get("umkm-tkp-jaya").id());
        assertThat(fatululi.nextPayout().rupiah()).as("bank group Fatululi").isPositive();
        assertThat(fatululi.paidOut().rupiah()).isPositive();
        assertThat(fatululi.pending().rupiah()).as("an order paid yesterday").isPositive();
        assertThat(tkpJaya.nextPayout().rupiah()).as("Stripe Connect group TKP Jaya").isPositive();
        assertThat(tkpJaya.paidOut().rupiah()).isPositive();
    }

    /** Issue 11's done-criterion: the demo data yields a dashboard, a PDF report and a public page that agree. */
    @Test
    void the_demo_dashboard_its_pdf_report_and_the_public_impact_page_agree() throws Exception {
        Callers.signIn(Callers.admin(-604));
        var year = impact.thisYear();
        java.time.YearMonth now = java.time.YearMonth.now(clock.withZone(id.go.bnn.pasarbersinar.reporting.ReportFilter.JAKARTA));
        var dashboard = reports.dashboard(new id.go.bnn.pasarbersinar.reporting.ReportFilter(java.time.YearMonth.of(now.getYear(), 1), now,
                null, null, null), java.util.Locale.forLanguageTag("id"));
        // The history runs back six months: from the pinned September it lies in this calendar year, all of it on the dashboard.
        assertThat(now).as("the pinned month").isEqualTo(java.time.YearMonth.of(2026, 9));
        assertThat(year.paidToMakers().rupiah()).isPositive();
        assertThat(dashboard.current().payouts()).isEqualTo(year.paidToMakers());
        assertThat(dashboard.current().activeGroups()).isEqualTo(year.groups());
        assertThat(dashboard.current().income()).isEqualTo(year.earnedThroughShop());
        byte[] pdf = exports.pdf(dashboard, java.util.Locale.forLanguageTag("id"), progress -> {
        });
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(text.replace('\u00a0', ' ')).contains(year.paidToMakers().format().replace('\u00a0', ' '),
                year.earnedThroughShop().format().replace('\u00a0', ' '));

        Map<String, GroupSummary> bySlug = groups.listPublic().stream().collect(Collectors.toMap(GroupSummary::slug, Function.identity()));
        GroupSummary fatululi = bySlug.get("penjahit-tenun-fatululi");
        assertThat(impact.earnedByGroup(fatululi.id())).as("Fatululi agreed to show its earnings").isPresent();
        assertThat(impact.earnedByGroup(bySlug.get("umkm-tkp-jaya").id())).as("TKP Jaya did not").isEmpty();
        assertThat(year.byProvince().stream().flatMap(province -> province.groups().stream())
                .filter(group -> group.slug().equals(fatululi.slug())).findFirst().orElseThrow().earned())
                .isEqualTo(impact.earnedByGroup(fatululi.id()).orElseThrow());
    }

    /** Every parcel the signed-in administrator sees, page by page. */
    private List<FulfilmentRow> everyParcel() {
        List<FulfilmentRow> parcels = new java.util.ArrayList<>();
        StaffOrders.Page page;
        int number = 1;
        do {
            page = staffOrders.find(StaffOrders.Filter.NONE, number++, StaffOrders.MAX_PAGE_SIZE);
            parcels.addAll(page.rows());
        } while (page.hasNext());
        return parcels;
    }
}
