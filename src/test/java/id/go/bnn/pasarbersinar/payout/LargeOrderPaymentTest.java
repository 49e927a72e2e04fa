package id.go.bnn.pasarbersinar.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.bnn.pasarbersinar.order.OrderFixture;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An exhibition buyer fills the cart: its 50 lines at 99 items each. The OrderPaid event of such an order is far longer
 * than the 4,000 characters the event publication registry once held; the payment must still be recorded and every
 * parcel credited (on H2 here, on MariaDB/MySQL with -Pmysql).
 */
@SpringBootTest
class LargeOrderPaymentTest {

    static final int CART_MAX_LINES = 50;
    static final int CART_MAX_QUANTITY = id.go.bnn.pasarbersinar.order.Cart.MAX_QUANTITY;
    static final long PRICE = 37_500;

    @Autowired
    OrderFixture fixture;

    @Test
    void an_order_of_the_carts_maximum_lines_and_quantities_is_paid_and_every_parcel_is_credited() {
        List<OrderFixture.Group> groups = List.of(fixture.ntt(), fixture.banten());
        Map<Long, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < CART_MAX_LINES; i++) {
            OrderFixture.Group group = groups.get(i % groups.size());
            lines.put(fixture.variant(group, CART_MAX_QUANTITY, PRICE, "Kain pameran " + i), CART_MAX_QUANTITY);
        }

        String number = fixture.paidOrder(fixture.cart(lines), fixture.form());

        assertThat(fixture.orderStatus(number)).isEqualTo("PAID");
        assertThat(serializedLengthOfLatestOrderPaid()).as("the event is longer than the old VARCHAR(4000)").isGreaterThan(4000);
        List<Long> parcels = fixture.fulfilmentIds(number);
        assertThat(parcels).hasSize(groups.size());
        await().atMost(Duration.ofSeconds(20)).until(() -> parcels.stream().allMatch(this::posted));
        long perParcel = (long) CART_MAX_LINES / groups.size() * CART_MAX_QUANTITY * PRICE;
        for (long parcel : parcels) {
            Map<String, Object> row = fixture.jdbc().sql("SELECT items, shipping, commission FROM payout_fulfilment WHERE fulfilment_id = ?")
                    .param(parcel).query().singleRow();
            long items = ((Number) row.get("items")).longValue();
            long shipping = ((Number) row.get("shipping")).longValue();
            long commission = ((Number) row.get("commission")).longValue();
            assertThat(items).isEqualTo(perParcel);
            assertThat(commission).isPositive().isLessThan(items);
            assertThat(credited(parcel)).isEqualTo(items - commission + shipping);
            assertThat(fixture.jdbc().sql("SELECT COUNT(*) FROM payout_order_line WHERE fulfilment_id = ? AND quantity = ?")
                    .params(parcel, CART_MAX_QUANTITY).query(Long.class).single()).isEqualTo(CART_MAX_LINES / groups.size());
        }
        // Every listener of the order's events (ledger, sales count, mail, reports) completes: none is left to retry.
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.jdbc()
                .sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%" + number + "%").query(Long.class).single() == 0);
    }

    private boolean posted(long parcel) {
        return fixture.jdbc().sql("SELECT COUNT(*) FROM ledger_transaction WHERE source_key = ?").param("paid:" + parcel)
                .query(Long.class).single() == 1;
    }

    private long credited(long parcel) {
        return fixture.jdbc().sql("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id "
                        + "WHERE t.source_key = ? AND e.account = 'GROUP_PENDING'")
                .param("paid:" + parcel).query(Long.class).single();
    }

    private long serializedLengthOfLatestOrderPaid() {
        return fixture.jdbc().sql("SELECT MAX(CHAR_LENGTH(serialized_event)) FROM EVENT_PUBLICATION WHERE event_type LIKE ?")
                .param("%OrderPaid").query(Long.class).single();
    }
}
