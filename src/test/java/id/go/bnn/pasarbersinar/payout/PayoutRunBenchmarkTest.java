package id.go.bnn.pasarbersinar.payout;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.payout.internal.LedgerStore;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures for docs/performance.md, not a timed test: one payout run (release what became due, create the payouts, post the
 * run) over 10,000 groups and about 1,000,000 ledger entries, its wall time and the heap it needs, plus a group's
 * statement and balance on the same ledger. Run on MariaDB with
 * {@code DB_URL=jdbc:mysql://…/pasar_h3_bench?… ./mvnw -B test -Pmysql,benchmark -Dtest=PayoutRunBenchmarkTest}; the figures
 * are printed and written to target/benchmark-payout-*.txt. Every group is paid by bank (no Stripe call).
 */
@Tag("benchmark")
@SpringBootTest(properties = {"pasar.demo.enabled=false", "pasar.payout.weekly-run.enabled=false", "pasar.payout.release-interval=PT10H",
        "pasar.payout.reconcile-interval=PT10H"})
class PayoutRunBenchmarkTest {

    static final int GROUPS = 10_000;
    /** Released parcels per group (paid: 5 entries, release: 2) plus one not released yet (5 entries). */
    static final int RELEASED_PER_GROUP = 14;
    static final long FIRST_GROUP = 5_000_000;
    static final int ROWS_PER_INSERT = 2_000;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PayoutRuns runs;
    @Autowired
    Earnings earnings;
    @Autowired
    LedgerStore ledger;

    final Caller admin = Callers.admin(-901);

    @Test
    void measures_a_payout_run_over_a_million_ledger_entries() throws Exception {
        List<String> report = new ArrayList<>();
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        }
        long generateStarted = System.nanoTime();
        Generated generated = generate();
        double generateSeconds = (System.nanoTime() - generateStarted) / 1e9;
        long entries = ledger.entryCount();
        assertThat(entries).isGreaterThanOrEqualTo(1_000_000);
        report.add("Database: " + database + ", JVM: " + Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MB");
        report.add(String.format(Locale.ROOT, "generated %,d groups, %,d ledger entries, %,d transactions, %,d destinations in %.1f s (multi-row INSERTs)",
                GROUPS, entries, generated.transactions(), generated.destinations(), generateSeconds));

        // The run, with the heap sampled every 5 ms and the heap pools' peaks reset after a full GC.
        long baseline = heapAfterGc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        var threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long runStarted = System.nanoTime();
        PayoutRuns.RunSummary summary = Callers.as(admin, () -> runs.run());
        double runSeconds = (System.nanoTime() - runStarted) / 1e9;
        double runCpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        sampling.set(false);
        sampler.join();
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        long released = jdbc.sql("SELECT COUNT(*) FROM ledger_transaction WHERE kind = 'release' AND booked_at >= ?")
                .param(Timestamp.from(generated.generatedAt())).query(Long.class).single();
        assertThat(released).isEqualTo(generated.due());
        assertThat(summary.payouts()).isEqualTo(generated.destinations());
        assertThat(summary.total().rupiah()).isEqualTo(generated.payable());
        assertThat(ledger.unbalancedTransactions()).isEmpty();
        report.add(String.format(Locale.ROOT, "payout run (release %,d due parcels + %,d payouts, %s, + run posting): %.1f s wall, %.1f s CPU of the calling thread",
                released, summary.payouts(), summary.total().format(), runSeconds, runCpu));
        report.add(String.format(Locale.ROOT, "heap: %.0f MB used after GC before the run (the whole application context); "
                        + "peak during the run %.0f MB sampled every 5 ms (+%.0f MB over the baseline), sum of the heap pools' peaks %.0f MB (upper bound)",
                mb(baseline), mb(sampledPeak.get()), mb(sampledPeak.get() - baseline), mb(poolPeaks)));

        GroupId group = new GroupId(FIRST_GROUP + 7);
        YearMonth month = YearMonth.now(Earnings.STATEMENT_ZONE);
        report.add(measure("statement of one group for the current month (screen rows)", 200,
                () -> Callers.as(admin, () -> earnings.statement(group, month).rows().size())));
        report.add(measure("statement of one group as PDF", 50, () -> Callers.as(admin, () -> earnings.statementPdf(group, month, Locale.forLanguageTag("id")).length)));
        report.add(measure("balance of one group (pending, available, in progress, paid out)", 500,
                () -> Callers.as(admin, () -> earnings.balance(group).available().rupiah())));
        report.add(measure("the check query over every entry (unbalanced transactions)", 3, () -> ledger.unbalancedTransactions().size()));
        report.add(String.format(Locale.ROOT, "machine: %d processors, load average %.2f", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        String text = String.join("\n", report);
        System.out.println("\n===== Payout run benchmark =====\n" + text + "\n================================\n");
        String name = database.toLowerCase(Locale.ROOT).contains("h2") ? "h2" : "mysql";
        Files.writeString(Path.of("target", "benchmark-payout-" + name + ".txt"), text + "\n");
    }

    record Generated(long transactions, int destinations, int due, long payable, Instant generatedAt) {
    }

    /**
     * Writes the ledger straight into the tables, as the postings would have (same accounts, balanced transactions), with
     * multi-row INSERTs: per group 14 released parcels and one more that is either delivered past its holding period
     * (every fifth group: the run releases it), delivered recently, or not delivered yet. 9 of 10 groups have a bank
     * destination.
     */
    private Generated generate() throws Exception {
        for (String table : List.of("payout_proof", "payout", "payout_run", "payout_order_line", "payout_fulfilment", "payout_destination",
                "ledger_entry", "ledger_transaction")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        Random random = new Random(20261123);
        Instant now = Instant.now();
        long transactionId = 1;
        int destinations = 0;
        int due = 0;
        long payable = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            Rows transactions = new Rows(statement, "INSERT INTO ledger_transaction (id, source_key, kind, description, booked_at) VALUES ", null);
            Rows entries = new Rows(statement,
                    "INSERT INTO ledger_entry (transaction_id, account, group_id, amount, fulfilment_id, rate_bp, memo, booked_at) VALUES ", transactions);
            Rows fulfilments = new Rows(statement, "INSERT INTO payout_fulfilment (fulfilment_id, group_id, order_number, paid_at, items, shipping, "
                    + "commission, delivered_at, released_at) VALUES ", null);
            Rows lines = new Rows(statement, "INSERT INTO payout_order_line (fulfilment_id, product_id, category_code, quantity, unit_price, rate_bp, "
                    + "commission) VALUES ", fulfilments);
            Rows destinationRows = new Rows(statement, "INSERT INTO payout_destination (group_id, method, bank_name, account_number, holder_name, "
                    + "updated_at) VALUES ", null);
            for (int g = 0; g < GROUPS; g++) {
                long group = FIRST_GROUP + g;
                long available = 0;
                for (int k = 0; k <= RELEASED_PER_GROUP; k++) {
                    long fulfilment = group * 100 + k;
                    Instant paidAt = now.minus(Duration.ofMinutes(60L * 24 * 11 + random.nextInt(60 * 24 * 170)));
                    if (k == RELEASED_PER_GROUP) {
                        paidAt = now.minus(Duration.ofDays(10));
                    }
                    long items = 1_000L * (50 + random.nextInt(450));
                    long shipping = 1_000L * (10 + random.nextInt(20));
                    long commission = (items * 1000 + 5000) / 10000;
                    long earned = items - commission + shipping;
                    transactions.add(transactionId, q("paid:" + fulfilment), q("paid"), q("Order PB-" + fulfilment + " paid"), ts(paidAt));
                    entries.add(transactionId, q("PLATFORM_BUYER_PAYMENTS"), 0, -items, fulfilment, "NULL", q("items"), ts(paidAt));
                    entries.add(transactionId, q("PLATFORM_SHIPPING_PASSED_THROUGH"), 0, -shipping, fulfilment, "NULL", q("shipping"), ts(paidAt));
                    entries.add(transactionId, q("PLATFORM_COMMISSION"), 0, commission, fulfilment, 1000, q("commission"), ts(paidAt));
                    entries.add(transactionId, q("GROUP_PENDING"), group, items - commission, fulfilment, "NULL", q("items"), ts(paidAt));
                    entries.add(transactionId, q("GROUP_PENDING"), group, shipping, fulfilment, "NULL", q("shipping"), ts(paidAt));
                    transactionId++;
                    String delivered = "NULL";
                    String releasedAt = "NULL";
                    if (k < RELEASED_PER_GROUP) {
                        Instant deliveredAt = paidAt.plus(Duration.ofDays(3));
                        Instant release = deliveredAt.plus(Duration.ofDays(7));
                        delivered = ts(deliveredAt);
                        releasedAt = ts(release);
                        transactions.add(transactionId, q("release:" + fulfilment), q("release"), q("Order PB-" + fulfilment + " payable"), ts(release));
                        entries.add(transactionId, q("GROUP_PENDING"), group, -earned, fulfilment, "NULL", q("release"), ts(release));
                        entries.add(transactionId, q("GROUP_AVAILABLE"), group, earned, fulfilment, "NULL", q("release"), ts(release));
                        transactionId++;
                        available += earned;
                    } else if (g % 5 == 0) {
                        delivered = ts(now.minus(Duration.ofDays(8)));
                        due++;
                        available += earned;
                    } else if (g % 5 == 1) {
                        delivered = ts(now.minus(Duration.ofDays(2)));
                    }
                    fulfilments.add(fulfilment, group, q("PB-" + fulfilment), ts(paidAt), items, shipping, commission, delivered, releasedAt);
                    lines.add(fulfilment, 1000 + k, q("tenun"), 1, items, 1000, commission);
                }
                if (g % 10 != 9) {
                    destinationRows.add(group, q("BANK"), q("Bank NTT"), q(String.format(Locale.ROOT, "0%09d", g)), q("Kelompok " + g), ts(now));
                    destinations++;
                    payable += available;
                }
            }
            for (Rows rows : List.of(transactions, entries, fulfilments, lines, destinationRows)) {
                rows.flush();
            }
            connection.commit();
        }
        jdbc.sql("ANALYZE TABLE ledger_entry").query().listOfRows();
        return new Generated(transactionId - 1, destinations, due, payable, now);
    }

    /** Collects VALUES tuples and sends them as one INSERT per {@value #ROWS_PER_INSERT} rows. */
    static final class Rows {
        private final Statement statement;
        private final String insert;
        private final StringBuilder sql = new StringBuilder();
        private final Rows parent;
        private int count;

        /** {@code parent}: the rows these refer to (foreign key), written first. */
        Rows(Statement statement, String insert, Rows parent) {
            this.statement = statement;
            this.insert = insert;
            this.parent = parent;
        }

        void add(Object... values) throws Exception {
            sql.append(count == 0 ? insert : ",").append('(');
            for (int i = 0; i < values.length; i++) {
                sql.append(i == 0 ? "" : ",").append(values[i]);
            }
            sql.append(')');
            if (++count == ROWS_PER_INSERT) {
                flush();
            }
        }

        void flush() throws Exception {
            if (parent != null) {
                parent.flush();
            }
            if (count > 0) {
                statement.executeUpdate(sql.toString());
                sql.setLength(0);
                count = 0;
            }
        }
    }

    /** Only generated text goes through here (no quotes in it). */
    static String q(String text) {
        return "'" + text + "'";
    }

    static String ts(Instant at) {
        return "'" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(java.time.ZoneOffset.UTC).format(at) + "'";
    }

    static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static String measure(String what, int times, Supplier<Object> work) {
        for (int i = 0; i < Math.min(20, times); i++) {
            work.get();
        }
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)", what, nanos[times / 2] / 1e6,
                nanos[(int) (times * 0.95)] / 1e6, nanos[times - 1] / 1e6, times);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
