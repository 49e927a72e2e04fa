package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The checkout benchmark (profile -Pbenchmark, meant for MariaDB): 200 concurrent checkouts of a variant with stock
 * 50, twenty rounds; exactly 50 succeed every round. Prints checkouts per second and p50/p95 latency.
 */
@Tag("benchmark")
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=40")
class CheckoutBenchmarkTest {

    static final int ROUNDS = 20;
    static final int BUYERS = 200;
    static final int STOCK = 50;
    static final int THREADS = 32;

    @Autowired
    Checkout checkout;
    @Autowired
    OrderFixture fixture;

    @Test
    void two_hundred_concurrent_checkouts_of_fifty_in_stock_sell_exactly_fifty_every_round() throws Exception {
        long totalNanos = 0;
        long[] p50 = new long[ROUNDS];
        long[] p95 = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long variant = fixture.variant(fixture.ntt(), STOCK, 99_000);
            ConcurrentCheckouts.Result result = ConcurrentCheckouts.run(checkout, fixture, variant, BUYERS, THREADS);
            assertThat(result.succeeded()).as("round %d", round).isEqualTo(STOCK);
            assertThat(result.soldOut()).as("round %d", round).isEqualTo(BUYERS - STOCK);
            assertThat(result.otherFailures()).as("round %d", round).isZero();
            assertThat(fixture.stock(variant)).isZero();
            assertThat(fixture.jdbc().sql("SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE variant_id = ?").param(variant)
                    .query(Integer.class).single()).as("round %d", round).isEqualTo(STOCK);
            totalNanos += result.elapsedNanos();
            p50[round] = result.percentile(50);
            p95[round] = result.percentile(95);
            System.out.printf("checkout benchmark round %2d: %d ok, %d sold out, %.0f checkouts/s, p50 %.1f ms, p95 %.1f ms%n", round + 1,
                    result.succeeded(), result.soldOut(), BUYERS / (result.elapsedNanos() / 1e9), result.percentile(50) / 1e6,
                    result.percentile(95) / 1e6);
        }
        java.util.Arrays.sort(p50);
        java.util.Arrays.sort(p95);
        System.out.printf("checkout benchmark: %d rounds of %d buyers for %d items: %.0f checkouts/s overall, median p50 %.1f ms, median p95 %.1f ms%n",
                ROUNDS, BUYERS, STOCK, ROUNDS * BUYERS / (totalNanos / 1e9), p50[ROUNDS / 2] / 1e6, p95[ROUNDS / 2] / 1e6);
    }
}
