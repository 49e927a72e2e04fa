package id.go.bnn.pasarbersinar.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** No oversell under concurrency: 40 buyers, 10 in stock, exactly 10 orders; the others are told "sold out". */
@SpringBootTest
class CheckoutConcurrencyTest {

    @Autowired
    Checkout checkout;
    @Autowired
    OrderFixture fixture;

    @Test
    void forty_concurrent_checkouts_of_ten_in_stock_sell_exactly_ten() throws Exception {
        long variant = fixture.variant(fixture.ntt(), 10, 125_000);

        ConcurrentCheckouts.Result result = ConcurrentCheckouts.run(checkout, fixture, variant, 40, 8);

        assertThat(result.succeeded()).isEqualTo(10);
        assertThat(result.soldOut()).isEqualTo(30);
        assertThat(result.otherFailures()).isZero();
        assertThat(fixture.stock(variant)).isZero();
        assertThat(fixture.totalStock(variant)).isZero();
        assertThat(fixture.jdbc().sql("SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l WHERE l.variant_id = ?")
                .param(variant).query(Integer.class).single()).isEqualTo(10);
    }
}
