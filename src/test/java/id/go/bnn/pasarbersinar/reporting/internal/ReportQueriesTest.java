package id.go.bnn.pasarbersinar.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.exhibition.BoothFigures;
import id.go.bnn.pasarbersinar.order.SalesFigures;
import id.go.bnn.pasarbersinar.payout.EarningsFigures;
import id.go.bnn.pasarbersinar.producer.GroupDirectory;
import id.go.bnn.pasarbersinar.reporting.ReportFilter;
import id.go.bnn.pasarbersinar.reporting.ReportFixture;
import id.go.bnn.pasarbersinar.reporting.internal.ReportQueries.Result;
import id.go.bnn.pasarbersinar.reporting.internal.ReportQueries.Scope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Closed months come from the monthly rollup: it must hold exactly what the live queries find. */
@SpringBootTest(properties = "pasar.payout.holding-period=0s")
class ReportQueriesTest {

    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    SalesFigures sales;
    @Autowired
    EarningsFigures earnings;
    @Autowired
    GroupDirectory directory;
    @Autowired
    BoothFigures boothFigures;

    record Figures(int month, long group, long parcels, long items, long shipping, long quantity, long refunds, long earned, long refundDebits,
            long paidOut, long shipped, long shipSeconds, long shippingCredited, long shippingRefunded) {
    }

    @Test
    void a_rolled_up_month_holds_what_the_live_queries_find() {
        ReportFixture.Built built = fixture.build();
        YearMonth month = YearMonth.now(clock.withZone(ReportFilter.JAKARTA));
        Scope scope = new Scope(Set.of(ReportFixture.PROVINCE), null, null);
        Result live = queries.period(month, month.plusMonths(1), scope);
        assertThat(live.shared()).extracting(ReportQueries.SharedParcel::group).contains(built.a().value(), built.b().value());
        // A hundred days later both months are closed: the same question is answered from the rollup.
        ReportQueries later = new ReportQueries(jdbc, sales, earnings, directory, boothFigures, Clock.offset(clock, Duration.ofDays(100)), transactions);
        List<Timestamp> starts = List.of(Timestamp.from(ReportQueries.start(month)), Timestamp.from(ReportQueries.start(month.plusMonths(1))));
        try {
            Result rolled = later.period(month, month.plusMonths(1), scope);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM report_month_done WHERE month_start IN (?, ?)").params(starts.get(0), starts.get(1))
                    .query(Long.class).single()).isEqualTo(2);
            assertThat(figures(rolled)).isNotEmpty().containsExactlyInAnyOrderElementsOf(figures(live));
            assertThat(rolled.shared()).containsExactlyInAnyOrderElementsOf(live.shared());
            // Asked again, the rollup is read, not built twice.
            assertThat(figures(later.period(month, month.plusMonths(1), scope))).containsExactlyInAnyOrderElementsOf(figures(live));
        } finally {
            for (String table : List.of("report_month_group", "report_month_shared_order", "report_month_done")) {
                jdbc.sql("DELETE FROM " + table + " WHERE month_start IN (?, ?)").params(starts.get(0), starts.get(1)).update();
            }
        }
    }

    private static List<Figures> figures(Result result) {
        return result.cells().stream().map(c -> new Figures(c.month(), c.group(), c.parcels(), c.items(), c.shipping(), c.quantity(), c.refunds(),
                c.earned(), c.refundDebits(), c.paidOut(), c.shipped(), Math.round(c.shipHours() * 3600), c.shippingCredited(), c.shippingRefunded()))
                .toList();
    }
}
