package id.go.bnn.pasarbersinar.reporting;

import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.exhibition.BoothDayCloses;
import id.go.bnn.pasarbersinar.exhibition.BoothFixture;
import id.go.bnn.pasarbersinar.exhibition.BoothPayment;
import id.go.bnn.pasarbersinar.exhibition.BoothSale;
import id.go.bnn.pasarbersinar.exhibition.BoothSaleOutcome;
import id.go.bnn.pasarbersinar.exhibition.BoothSales;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Booth sales of the {@link ReportFixture}'s two groups at an exhibition of their province, made through the booth
 * services, with figures worked out by hand in {@link Expected}. The event's commission on booth sales is 7,5 %
 * (rounded half up per sale), its name and product A's name try to inject script.
 * <ol>
 * <li>A, cash: 2 × Rp 15.005 = Rp 30.010, commission Rp 2.250,75 → Rp 2.251.</li>
 * <li>A, QRIS with reference QRIS-LAPORAN-1: 1 × Rp 15.005, commission Rp 1.125,375 → Rp 1.125.</li>
 * <li>B, cash: 3 × Rp 40.000 = Rp 120.000, commission Rp 9.000.</li>
 * <li>B, cash: 10 × Rp 40.000, more than the 2 pieces left: kept flagged SHORT, never a sale.</li>
 * </ol>
 * A's seller closes the day counting Rp 30.000 against the Rp 30.010 recorded (difference − Rp 10, with a typed note),
 * confirmed by a curator of the province.
 */
@Component
public class BoothReportFixture {

    public static final class Expected {
        public static final long PRICE_A = 15_005;
        public static final long PRICE_B = 40_000;
        public static final long CASH_A = 2 * PRICE_A;
        public static final long QRIS_A = PRICE_A;
        public static final long CASH_B = 3 * PRICE_B;
        public static final long COMMISSION_CASH_A = 2_251;
        public static final long COMMISSION_QRIS_A = 1_125;
        public static final long COMMISSION_B = 9_000;

        public static final long SALES_A = CASH_A + QRIS_A;
        public static final long SALES_B = CASH_B;
        public static final long COMMISSION_A = COMMISSION_CASH_A + COMMISSION_QRIS_A;
        public static final long INCOME_A = SALES_A - COMMISSION_A;
        public static final long INCOME_B = SALES_B - COMMISSION_B;
        public static final long PIECES_A = 3;
        public static final long PIECES_B = 3;
        public static final long COUNTED_A = 30_000;

        private Expected() {
        }
    }

    public record Built(long exhibitionId, String eventName, String productA, String productB, ReportFixture.Built groups) {
    }

    private final BoothFixture booths;
    private final BoothSales sales;
    private final BoothDayCloses closes;
    private final JdbcClient jdbc;

    BoothReportFixture(BoothFixture booths, BoothSales sales, BoothDayCloses closes, JdbcClient jdbc) {
        this.booths = booths;
        this.sales = sales;
        this.closes = closes;
        this.jdbc = jdbc;
    }

    public Built build(ReportFixture.Built groups) {
        String eventName = ReportFixture.INJECTION + " pameran " + System.nanoTime();
        long event = booths.openEvent(eventName, ReportFixture.PROVINCE, 750);
        BoothFixture.Booth a = booths.boothOf(event, groups.a().value(), "A1");
        BoothFixture.Booth b = booths.boothOf(event, groups.b().value(), "B1");
        String productA = ReportFixture.INJECTION + " tenun " + System.nanoTime();
        String productB = "Tas pameran " + System.nanoTime();
        long variantA = booths.allocated(a, ReportFixture.PROVINCE, Expected.PRICE_A, 10, productA);
        long variantB = booths.allocated(b, ReportFixture.PROVINCE, Expected.PRICE_B, 5, productB);
        BoothFixture.Seller sellerA = booths.seller(a);
        BoothFixture.Seller sellerB = booths.seller(b);
        record(sellerA, BoothFixture.cash(a, variantA, 2, Expected.PRICE_A), BoothSaleOutcome.Result.RECORDED);
        record(sellerA, new BoothSale(UUID.randomUUID().toString(), event, a.groupId(), List.of(new BoothSale.Line(variantA, 1, Expected.PRICE_A)),
                BoothPayment.QRIS_REFERENCE, "QRIS-LAPORAN-1", null, Instant.now()), BoothSaleOutcome.Result.RECORDED);
        record(sellerB, BoothFixture.cash(b, variantB, 3, Expected.PRICE_B), BoothSaleOutcome.Result.RECORDED);
        record(sellerB, BoothFixture.cash(b, variantB, 10, Expected.PRICE_B), BoothSaleOutcome.Result.SHORT);
        LocalDate today = sales.today();
        BoothFixture.as(sellerA.caller(), () -> closes.count(event, a.groupId(), today, Expected.COUNTED_A, ReportFixture.INJECTION + " uang kembalian"));
        Callers.as(Callers.curator(-8601, ReportFixture.PROVINCE), () -> closes.confirm(event, a.groupId(), today));
        // The ledger books the three sales after their transactions (event listeners).
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM ledger_transaction t WHERE t.source_key IN "
                + "(SELECT CONCAT('booth:', s.id) FROM booth_sale s WHERE s.exhibition_id = ? AND s.status = 'RECORDED')")
                .param(event).query(Long.class).single() == 3);
        return new Built(event, eventName, productA, productB, groups);
    }

    private void record(BoothFixture.Seller seller, BoothSale sale, BoothSaleOutcome.Result expected) {
        BoothSaleOutcome outcome = BoothFixture.as(seller.caller(), () -> sales.record(sale));
        if (outcome.result() != expected) {
            throw new IllegalStateException("Booth sale " + outcome + ", expected " + expected);
        }
    }
}
