package id.go.bnn.pasarbersinar.reporting.internal;

import id.go.bnn.pasarbersinar.exhibition.BoothFigures;
import id.go.bnn.pasarbersinar.order.SalesFigures;
import id.go.bnn.pasarbersinar.payout.EarningsFigures;
import id.go.bnn.pasarbersinar.producer.GroupDirectory;
import id.go.bnn.pasarbersinar.shared.MonthBoundaries;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's figures, aggregated in SQL by the modules that own the data: each query returns at most one row per
 * month and group (or per month, province or programme for distinct orders), never the entries themselves. The order
 * module's {@link SalesFigures} (sales, refunds, shipments, shared orders), the payout module's {@link EarningsFigures}
 * (the ledger) and the producer module's {@link GroupDirectory} (the groups of a scope) answer; this class combines
 * their rows per month and group in Java and reads only reporting's own rollup tables in SQL, so no SQL here names
 * another module's table. Indexes for those reads are in V70.
 *
 * <p>Definitions (shared with the public impact page, so the numbers agree):
 * <ul>
 * <li>Periods are whole months in Asia/Jakarta (UTC+7, no daylight saving). Month boundaries are computed in Java and
 *     passed as parameters (a {@code CASE} over the boundaries gives a row's month), so H2 and MariaDB agree and the
 *     time zone of the database session does not matter.</li>
 * <li>An order counts in the month its fulfilment was PAID ({@code customer_order.paid_at}: all parcels of an order are
 *     paid together).</li>
 * <li>Sales = items + shipping of the paid fulfilments, gross (before refunds). Refunds are shown separately: the
 *     items + shipping of refunds that SUCCEEDED, in the month they were settled.</li>
 * <li>Orders = distinct orders with a paid fulfilment (an order with parcels of two groups counts once in a
 *     province's or the period's total, once for each group in the table of groups). Items sold = the quantities of
 *     the paid fulfilments' lines (gross).</li>
 * <li>Income of a group (the makers' income) = the {@code items} credits of its {@code paid:<fulfilmentId>} postings
 *     (items − commission, on {@code GROUP_PENDING}) plus its refund debits ({@code refund:<refundId>} postings: memo
 *     {@code refund} on {@code GROUP_PENDING} or {@code GROUP_AVAILABLE}, negative) plus the shipping part of those
 *     debits, booked in the period: items − commission − (refunded items − commission back). A refund debit is one
 *     entry of items − commission back + shipping; its posting books the shipping apart on the platform's side
 *     ({@code PLATFORM_REFUNDS}, memo {@code refund shipping}, same time, the parcel's {@code fulfilment_id}), which
 *     {@code payout_fulfilment} gives to the group. (Refunds posted before that entry existed count their shipping as
 *     items.) Releases, runs and reversals only move money between the group's own accounts and are not income.</li>
 * <li>Shipping to couriers = the {@code shipping} credits of the {@code paid:} postings less the shipping refunded
 *     ({@code refund shipping}), booked in the period: money the buyers paid that passes through the group to the
 *     courier, never income. Income + shipping = everything the group's pending and available accounts were credited
 *     and debited by payments and refunds, to the rupiah.</li>
 * <li>Payouts made = the {@code payout-paid:<payoutId>} credits to {@code GROUP_PAID_OUT} booked in the period (the
 *     public page's "paid to makers" is the same for the calendar year).</li>
 * <li>Active group = a group with at least one paid fulfilment in the period. Participants earning = the sum of
 *     {@code producer_group.members_count} of the active groups: the number of programme participants the group
 *     registered with its curator (most participants have no account of their own, so accounts in
 *     {@code group_membership} would undercount them). Income per group and per participant divide the income by
 *     these two counts.</li>
 * <li>Average time to ship = mean hours from payment ({@code customer_order.paid_at}) to shipment
 *     ({@code fulfilment.shipped_at}) of the fulfilments shipped in the period.</li>
 * <li>Closed months (Jakarta months that ended more than a day ago, so that late event listeners have posted) are
 *     read from monthly rollups ({@code report_month_group}, {@code report_month_shared_order}, V71; shipping apart V90), built once by the
 *     same queries the first time a dashboard needs them; the other months are read live. A closed month's figures do
 *     not change afterwards: every posting and stamp is booked at the time it happens. (History imported into a past
 *     month later needs {@code DELETE FROM report_month_done} to be rolled up again.)</li>
 * <li>Distinct orders are counted from the parcels: an order shared by k groups of a slice counts k − 1 times less,
 *     using the parcels of shared orders, so the count is exact for any choice of provinces, programmes or groups.</li>
 * <li>Booth sales (the exhibition module's {@link BoothFigures}: sales RECORDED at an exhibition booth, never those
 *     flagged SHORT) are the booth channel, by the month the seller's phone recorded them: sales = their totals, orders
 *     = the sales (one buyer, one group each), items sold = their pieces, income = totals − the commission each owes at
 *     its event's rate (the amount the ledger booked), no refunds, shipping or shipping times. They are read live for
 *     every month: a phone offline for days sends old sales late. Payouts are never split: money taken at a booth is in
 *     the group's hands and no payout pays it, so payouts count in the online channel.</li>
 * <li>A group's province and programme are its current ones ({@code producer_group}), for sales and ledger alike, so
 *     that a curator's view of its provinces adds up.</li>
 * </ul>
 */
@Component
public class ReportQueries {

    /** Which groups a query covers: {@code provinces} null means every province (an administrator). */
    public record Scope(Set<String> provinces, String programme, Long group) {

        boolean empty() {
            return provinces != null && provinces.isEmpty();
        }

        boolean restricted() {
            return provinces != null || programme != null || group != null;
        }
    }

    public record GroupInfo(long id, String name, String province, String programme, int members) {
    }

    /** Where a figure belongs: a month (index into the period's months) and a group. */
    public interface Slot {
        int month();

        long group();
    }

    /** The sums of one month and group. */
    public record Cell(int month, long group, long parcels, long items, long shipping, long quantity, long refunds, long earned,
            long refundDebits, long paidOut, long shipped, double shipHours, long shippingCredited, long shippingRefunded) implements Slot {

        /** The makers' income: items − commission credited, less what refunds took back of it (items − commission back). */
        public long income() {
            return earned + refundDebits + shippingRefunded;
        }

        /** The shipping passed through to couriers: credited with the parcels, less shipping refunded. */
        public long shippingPassedOn() {
            return shippingCredited - shippingRefunded;
        }
    }

    /** A parcel of an order that has parcels of several groups. */
    public record SharedParcel(int month, long order, long group) implements Slot {
    }

    /** Everything one period's dashboard needs: the online cells, their shared parcels, the booth cells and the groups. */
    public record Result(List<Cell> cells, List<SharedParcel> shared, List<Cell> booth, Map<Long, GroupInfo> groups) {
    }

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** How long after its end a month is closed: event listeners post late (retries), never this late. */
    private static final Duration SETTLING = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final SalesFigures sales;
    private final EarningsFigures earnings;
    private final GroupDirectory directory;
    private final BoothFigures boothFigures;
    private final Clock clock;
    private final TransactionTemplate separately;

    ReportQueries(JdbcClient jdbc, SalesFigures sales, EarningsFigures earnings, GroupDirectory directory, BoothFigures boothFigures, Clock clock,
            PlatformTransactionManager transactions) {
        this.boothFigures = boothFigures;
        this.jdbc = jdbc;
        this.sales = sales;
        this.earnings = earnings;
        this.directory = directory;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Result period(YearMonth from, YearMonth to, Scope scope) {
        if (scope.empty()) {
            return new Result(List.of(), List.of(), List.of(), Map.of());
        }
        Instant now = clock.instant();
        List<YearMonth> closed = new ArrayList<>();
        YearMonth firstLive = from;
        for (YearMonth month = from; !month.isAfter(to) && closed(month, now); month = month.plusMonths(1)) {
            closed.add(month);
            firstLive = month.plusMonths(1);
        }
        Map<Long, GroupInfo> groups = groups(scope);
        // The groups the scope covers, by id, for every read (null: all, as for an administrator).
        Set<Long> ids = scope.restricted() ? groups.keySet() : null;
        if (ids != null && ids.isEmpty()) {
            return new Result(List.of(), List.of(), List.of(), groups);
        }
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, double[]> hours = new HashMap<>();
        List<SharedParcel> shared = new ArrayList<>();
        if (!closed.isEmpty()) {
            closed.forEach(this::rollUp);
            readRollup(from, closed.getLast(), ids, sums, hours, shared);
        }
        if (!firstLive.isAfter(to)) {
            int offset = (int) ChronoUnit.MONTHS.between(from, firstLive);
            live(bounds(firstLive, to), offset, ids, sums, hours, shared);
        }
        return new Result(cells(sums, hours), shared, booth(bounds(from, to), ids), groups);
    }

    /**
     * The booth sales of the period from the exhibition module, always live (never rolled up): a phone that was offline
     * may send a sale days later, dated when it was made, into a month already closed. A booth sale is an order of one
     * parcel with no shipping: its total is items, what it owes in commission is taken from it for the income.
     */
    private List<Cell> booth(MonthBoundaries bounds, Set<Long> ids) {
        return boothFigures.sales(bounds, ids).stream()
                .map(row -> new Cell(row.month(), row.group(), row.sales(), row.total(), 0, row.quantity(), 0, row.income(), 0, 0, 0, 0, 0, 0))
                .toList();
    }

    static boolean closed(YearMonth month, Instant now) {
        return !start(month.plusMonths(1)).plus(SETTLING).isAfter(now);
    }

    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(JAKARTA).toInstant();
    }

    private static MonthBoundaries bounds(YearMonth from, YearMonth to) {
        List<Instant> bounds = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to.plusMonths(1)); month = month.plusMonths(1)) {
            bounds.add(start(month));
        }
        return new MonthBoundaries(bounds);
    }

    /**
     * The live months from the owning modules' figures (order: sales, refunds, shipments, shared orders; payout: the
     * ledger), combined here per month and group.
     */
    private void live(MonthBoundaries bounds, int offset, Set<Long> ids, Map<String, long[]> sums, Map<String, double[]> hours,
            List<SharedParcel> shared) {
        for (SalesFigures.Sales row : sales.sales(bounds, ids)) {
            long[] s = cell(sums, offset + row.month(), row.group());
            s[0] += row.parcels();
            s[1] += row.items();
            s[2] += row.shipping();
            s[3] += row.quantity();
        }
        for (SalesFigures.Refunds row : sales.refunds(bounds, ids)) {
            cell(sums, offset + row.month(), row.group())[4] += row.amount();
        }
        for (EarningsFigures.Ledger row : earnings.ledger(bounds, ids)) {
            long[] s = cell(sums, offset + row.month(), row.group());
            s[5] += row.itemsCredited();
            s[6] += row.refundDebits();
            s[7] += row.paidOut();
            s[9] += row.shippingCredited();
            s[10] += row.shippingRefunded();
        }
        for (SalesFigures.Shipments row : sales.shipments(bounds, ids)) {
            int month = offset + row.month();
            cell(sums, month, row.group())[8] += row.parcels();
            hours.computeIfAbsent(month + ":" + row.group(), k -> new double[1])[0] += row.secondsToShip() / 3600.0;
        }
        for (SalesFigures.SharedParcel parcel : sales.sharedParcels(bounds, ids)) {
            shared.add(new SharedParcel(offset + parcel.month(), parcel.order(), parcel.group()));
        }
    }

    /** Rolls up a closed month once, in its own transaction; whoever inserts the marker first builds it. */
    private void rollUp(YearMonth month) {
        Timestamp start = Timestamp.from(start(month));
        if (jdbc.sql("SELECT COUNT(*) FROM report_month_done WHERE month_start = ?").param(start).query(Long.class).single() > 0) {
            return;
        }
        try {
            separately.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO report_month_done (month_start, built_at) VALUES (?, ?)").params(start, Timestamp.from(clock.instant())).update();
                Map<String, long[]> sums = new LinkedHashMap<>();
                Map<String, double[]> hours = new HashMap<>();
                List<SharedParcel> shared = new ArrayList<>();
                live(bounds(month, month), 0, null, sums, hours, shared);
                for (Cell c : cells(sums, hours)) {
                    jdbc.sql("INSERT INTO report_month_group (month_start, group_id, parcels, items, shipping, quantity, refunds, earned, refund_debits, "
                                    + "paid_out, shipped, ship_seconds, shipping_credited, shipping_refunded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .params(start, c.group(), c.parcels(), c.items(), c.shipping(), c.quantity(), c.refunds(), c.earned(), c.refundDebits(),
                                    c.paidOut(), c.shipped(), Math.round(c.shipHours() * 3600), c.shippingCredited(), c.shippingRefunded())
                            .update();
                }
                for (SharedParcel parcel : shared) {
                    jdbc.sql("INSERT INTO report_month_shared_order (month_start, order_id, group_id) VALUES (?, ?, ?)")
                            .params(start, parcel.order(), parcel.group()).update();
                }
            });
        } catch (DuplicateKeyException e) {
            // Another request built it meanwhile.
        }
    }

    private void readRollup(YearMonth from, YearMonth last, Set<Long> ids, Map<String, long[]> sums, Map<String, double[]> hours,
            List<SharedParcel> shared) {
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(start(from)), Timestamp.from(start(last.plusMonths(1)))));
        String where = MonthBoundaries.idsSql("group_id", ids, params);
        jdbc.sql("SELECT r.month_start, r.group_id, r.parcels, r.items, r.shipping, r.quantity, r.refunds, r.earned, r.refund_debits, r.paid_out, "
                        + "r.shipped, r.ship_seconds, r.shipping_credited, r.shipping_refunded FROM report_month_group r "
                        + "WHERE r.month_start >= ? AND r.month_start < ?" + where)
                .params(params).query(rs -> {
                    int month = index(from, rs.getTimestamp(1));
                    long[] s = cell(sums, month, rs.getLong(2));
                    for (int i = 0; i < 9; i++) {
                        s[i] += rs.getLong(3 + i);
                    }
                    hours.computeIfAbsent(month + ":" + rs.getLong(2), k -> new double[1])[0] += rs.getLong(12) / 3600.0;
                    s[9] += rs.getLong(13);
                    s[10] += rs.getLong(14);
                });
        jdbc.sql("SELECT s.month_start, s.order_id, s.group_id FROM report_month_shared_order s "
                        + "WHERE s.month_start >= ? AND s.month_start < ?" + where)
                .params(params).query(rs -> {
                    shared.add(new SharedParcel(index(from, rs.getTimestamp(1)), rs.getLong(2), rs.getLong(3)));
                });
    }

    private static int index(YearMonth from, Timestamp monthStart) {
        return (int) ChronoUnit.MONTHS.between(from, YearMonth.from(monthStart.toInstant().atZone(JAKARTA)));
    }

    private static List<Cell> cells(Map<String, long[]> sums, Map<String, double[]> hours) {
        List<Cell> cells = new ArrayList<>();
        sums.forEach((key, s) -> {
            int dash = key.indexOf(':');
            double h = hours.getOrDefault(key, new double[1])[0];
            cells.add(new Cell(Integer.parseInt(key.substring(0, dash)), Long.parseLong(key.substring(dash + 1)), s[0], s[1], s[2], s[3], s[4],
                    s[5], s[6], s[7], s[8], h, s[9], s[10]));
        });
        return cells;
    }

    /** The groups of the scope, from the producer module: their current province and programme. */
    private Map<Long, GroupInfo> groups(Scope scope) {
        Map<Long, GroupInfo> groups = new LinkedHashMap<>();
        directory.inScope(scope.provinces(), scope.programme(), scope.group()).values().forEach(g -> groups.put(g.id(),
                new GroupInfo(g.id(), g.name(), g.provinceCode(), g.programmeCode(), g.members())));
        return groups;
    }

    private static long[] cell(Map<String, long[]> sums, int month, long group) {
        return sums.computeIfAbsent(month + ":" + group, k -> new long[11]);
    }
}
