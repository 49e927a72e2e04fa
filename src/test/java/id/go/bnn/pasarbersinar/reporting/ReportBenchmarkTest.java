package id.go.bnn.pasarbersinar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.shared.Callers;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Figures for docs/performance.md, not a timed test: the staff dashboard (a year, with the previous year for comparison, every
 * table) over 1,000,000 ledger entries of two years of sales by 300 groups in 10 provinces, for an administrator and
 * for the curator of one province. The history is written once with multi-row INSERTs (kept for later runs). Run with
 * {@code ./mvnw -B test -Pmysql,benchmark -Dtest=ReportBenchmarkTest} and DB_URL of pasar_h5_bench (or without
 * {@code mysql} on H2); figures are printed and written to target/benchmark-report-*.txt.
 */
@Tag("benchmark")
@SpringBootTest
class ReportBenchmarkTest {

    static final int ENTRIES = 1_000_000;
    static final int GROUPS = 300;
    static final int MONTHS = 24;
    static final int RUNS = 30;
    static final String SLUG = "bench-laporan-";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Reports reports;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    @Test
    void measures_the_dashboard_over_a_million_ledger_entries() throws Exception {
        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        }
        List<String> provinces = jdbc.queryForList("SELECT code FROM province ORDER BY code", String.class).subList(0, 10);
        long started = System.nanoTime();
        boolean generated = false;
        if (jdbc.queryForObject("SELECT COUNT(*) FROM producer_group WHERE slug LIKE ?", Long.class, SLUG + "%") == 0) {
            generate(provinces);
            generated = true;
        }
        long entries = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry", Long.class);
        assertThat(entries).isGreaterThanOrEqualTo(ENTRIES);
        List<String> report = new ArrayList<>();
        report.add("Database: " + database + ", ledger entries: " + entries + ", fulfilments: "
                + jdbc.queryForObject("SELECT COUNT(*) FROM fulfilment", Long.class) + ", groups: "
                + jdbc.queryForObject("SELECT COUNT(*) FROM producer_group", Long.class) + ", JVM: " + Runtime.version()
                + (generated ? String.format(Locale.ROOT, ", history written in %.0f s", (System.nanoTime() - started) / 1e9) : ""));

        YearMonth now = YearMonth.now(clock.withZone(ReportFilter.JAKARTA));
        ReportFilter year = new ReportFilter(now.minusMonths(11), now, null, null, null);
        Dashboard all = Callers.as(Callers.admin(-8401), () -> reports.dashboard(year, Locale.of("id")));
        assertThat(all.current().orders()).isPositive();
        assertThat(all.table(ReportTable.Dimension.GROUP).rows()).hasSizeGreaterThanOrEqualTo(GROUPS);
        report.add("year for ADMIN: sales " + all.current().sales().format() + ", orders " + all.current().orders() + ", income "
                + all.current().income().format() + ", payouts " + all.current().payouts().format());
        report.add(measure("dashboard, 12 months + previous 12, all tables, ADMIN (all provinces)",
                () -> Callers.as(Callers.admin(-8401), () -> reports.dashboard(year, Locale.of("id")))));
        String province = provinces.getFirst();
        report.add(measure("dashboard, 12 months + previous 12, all tables, CURATOR of province " + province,
                () -> Callers.as(Callers.curator(-8402, province), () -> reports.dashboard(year, Locale.of("id")))));
        report.add(String.format(Locale.ROOT, "machine: %d processors, load average %.2f", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        String text = String.join("\n", report);
        System.out.println("\n===== Report benchmark =====\n" + text + "\n============================\n");
        String name = database.toLowerCase(Locale.ROOT).contains("h2") ? "h2" : "mysql";
        Files.writeString(Path.of("target", "benchmark-report-" + name + ".txt"), text + "\n");
    }

    private static String measure(String what, Supplier<Object> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)", what, nanos[RUNS / 2] / 1e6,
                nanos[(int) (RUNS * 0.95)] / 1e6, nanos[RUNS - 1] / 1e6, RUNS);
    }

    /** Two years of sales: each parcel paid (5 entries), released (2), one in 20 refunded (3); monthly payouts per group (4). */
    private void generate(List<String> provinces) {
        Random random = new Random(11);
        Instant end = Instant.now(clock);
        Instant start = end.minus(Duration.ofDays(MONTHS * 365L / 12));
        Timestamp created = Timestamp.from(start);
        long groupBase = next("producer_group");
        List<Object[]> groups = new ArrayList<>();
        String[] programmes = {"KAWASAN_RAWAN", "PASCA_REHABILITASI", "PEMBERDAYAAN_ALTERNATIF"};
        for (int g = 0; g < GROUPS; g++) {
            groups.add(new Object[] {groupBase + g, SLUG + g, "Kelompok Uji " + g, "Cerita.", programmes[g % 3], provinces.get(g % provinces.size()),
                    "Kota Uji", 3 + g % 20, "VERIFIED", created, created});
        }
        insert("producer_group", "id, slug, name, story_id, programme_code, province_code, regency, members_count, verification, created_at, updated_at",
                groups);
        long order = next("customer_order");
        long fulfilment = next("fulfilment");
        long transaction = next("ledger_transaction");
        long payout = 900_000_000L;
        List<Object[]> orders = new ArrayList<>();
        List<Object[]> fulfilments = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> refunds = new ArrayList<>();
        List<Object[]> transactions = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        long written = 0;
        // Monthly payouts first: they are a known number of entries.
        for (int g = 0; g < GROUPS; g++) {
            for (int m = 0; m < MONTHS; m++) {
                Timestamp at = Timestamp.from(start.plus(Duration.ofDays(30L * m + 28)));
                long group = groupBase + g;
                long amount = 100_000 + random.nextInt(900_000);
                long id = payout++;
                transactions.add(new Object[] {transaction, "bench-run:" + group + ":" + m, "payout", "Payout run", at});
                entries.add(entry(transaction++, "GROUP_AVAILABLE", group, -amount, null, id, "payout run", at));
                entries.add(entry(transaction - 1, "GROUP_PAYOUT_IN_PROGRESS", group, amount, null, id, "payout run", at));
                transactions.add(new Object[] {transaction, "bench-payout-paid:" + id, "payout-paid", "Payout paid", at});
                entries.add(entry(transaction++, "GROUP_PAYOUT_IN_PROGRESS", group, -amount, null, id, "payout paid", at));
                entries.add(entry(transaction - 1, "GROUP_PAID_OUT", group, amount, null, id, "payout paid", at));
            }
        }
        written += flush(orders, fulfilments, lines, refunds, transactions, entries);
        long seconds = Duration.between(start, end).getSeconds();
        int n = 0;
        while (written < ENTRIES) {
            int g = random.nextInt(GROUPS);
            long group = groupBase + g;
            String province = provinces.get(g % provinces.size());
            Instant paid = start.plusSeconds((long) (random.nextDouble() * seconds));
            Timestamp paidAt = Timestamp.from(paid);
            Timestamp shippedAt = Timestamp.from(paid.plus(Duration.ofHours(4 + random.nextInt(68))));
            Timestamp deliveredAt = Timestamp.from(paid.plus(Duration.ofDays(4)));
            int quantity = 1 + random.nextInt(3);
            long price = 50_000 + 1_000L * random.nextInt(250);
            long items = price * quantity;
            long shipping = 12_000 + 1_000L * random.nextInt(24);
            long commission = items / 10;
            long o = order++;
            long f = fulfilment++;
            orders.add(new Object[] {o, "PB-B" + o, "PAID", "Pembeli Uji", "uji@contoh.id", "0812", province, "Kota", "Kec", "12345", "Jl. Uji",
                    items, shipping, items + shipping, paidAt, paidAt, paidAt});
            fulfilments.add(new Object[] {f, o, group, province, programmes[g % 3], "Kelompok Uji " + g, "DELIVERED", items, shipping, 800 * quantity,
                    shippedAt, deliveredAt});
            lines.add(new Object[] {f, 1, 1, "tenun", "Tenun uji", quantity, price});
            transactions.add(new Object[] {transaction, "paid:" + f, "paid", "Order paid", paidAt});
            entries.add(entry(transaction, "PLATFORM_BUYER_PAYMENTS", 0, -items, f, null, "items", paidAt));
            entries.add(entry(transaction, "PLATFORM_SHIPPING_PASSED_THROUGH", 0, -shipping, f, null, "shipping", paidAt));
            entries.add(entry(transaction, "PLATFORM_COMMISSION", 0, commission, f, null, "commission", paidAt));
            entries.add(entry(transaction, "GROUP_PENDING", group, items - commission, f, null, "items", paidAt));
            entries.add(entry(transaction++, "GROUP_PENDING", group, shipping, f, null, "shipping", paidAt));
            transactions.add(new Object[] {transaction, "release:" + f, "release", "Released", deliveredAt});
            entries.add(entry(transaction, "GROUP_PENDING", group, -(items - commission + shipping), f, null, "release", deliveredAt));
            entries.add(entry(transaction++, "GROUP_AVAILABLE", group, items - commission + shipping, f, null, "release", deliveredAt));
            if (n++ % 20 == 0) {
                Timestamp refundedAt = Timestamp.from(paid.plus(Duration.ofDays(6)));
                String refund = "R-bench-" + f;
                refunds.add(new Object[] {refund, f, price, 0L, false, false, "SUCCEEDED", refundedAt, refundedAt});
                long back = commission / quantity;
                transactions.add(new Object[] {transaction, "refund:" + refund, "refund", "Refund", refundedAt});
                entries.add(entry(transaction, "PLATFORM_REFUNDS", 0, price, f, null, "refund", refundedAt));
                entries.add(entry(transaction, "PLATFORM_COMMISSION", 0, -back, f, null, "commission back", refundedAt));
                entries.add(entry(transaction++, "GROUP_AVAILABLE", group, -(price - back), f, null, "refund", refundedAt));
            }
            if (entries.size() >= 20_000) {
                written += flush(orders, fulfilments, lines, refunds, transactions, entries);
            }
        }
        flush(orders, fulfilments, lines, refunds, transactions, entries);
    }

    private static Object[] entry(long transaction, String account, long group, long amount, Long fulfilment, Long payout, String memo, Timestamp at) {
        return new Object[] {transaction, account, group, amount, fulfilment, payout, memo, at};
    }

    private long flush(List<Object[]> orders, List<Object[]> fulfilments, List<Object[]> lines, List<Object[]> refunds, List<Object[]> transactions,
            List<Object[]> entries) {
        insert("customer_order", "id, number, status, buyer_name, buyer_email, buyer_phone, province_code, regency, district, postal_code, street, "
                + "items_total, shipping_total, total, created_at, reserved_until, paid_at", orders);
        insert("fulfilment", "id, order_id, group_id, province_code, programme_code, group_name, status, items_total, shipping, weight_grams, "
                + "shipped_at, delivered_at", fulfilments);
        insert("order_line", "fulfilment_id, product_id, variant_id, category_code, title, quantity, unit_price", lines);
        insert("order_refund", "refund_id, fulfilment_id, items, shipping, whole, restock, status, created_at, settled_at", refunds);
        insert("ledger_transaction", "id, source_key, kind, description, booked_at", transactions);
        insert("ledger_entry", "transaction_id, account, group_id, amount, fulfilment_id, payout_id, memo, booked_at", entries);
        long count = entries.size();
        orders.clear();
        fulfilments.clear();
        lines.clear();
        refunds.clear();
        transactions.clear();
        entries.clear();
        return count;
    }

    /** Multi-row INSERTs of 1,000 rows: fast on MariaDB without rewriteBatchedStatements, and on H2. */
    private void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.getFirst().length;
        String tuple = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            String sql = "INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(", ", Collections.nCopies(chunk.size(), tuple));
            Object[] params = new Object[chunk.size() * width];
            for (int i = 0; i < chunk.size(); i++) {
                System.arraycopy(chunk.get(i), 0, params, i * width, width);
            }
            jdbc.update(sql, params);
        }
    }

    private long next(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class) + 1_000;
    }
}
