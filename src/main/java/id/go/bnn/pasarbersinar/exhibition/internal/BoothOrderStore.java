package id.go.bnn.pasarbersinar.exhibition.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What orders for later delivery took from a booth's stock at the event ({@code booth_order}): one row per order and
 * variant, so that an order left unpaid gives its quantities back to the booth once.
 */
@Repository
public class BoothOrderStore {

    private final JdbcClient jdbc;

    BoothOrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(String orderNumber, long variantId, long exhibitionId, long groupId, int quantity) {
    }

    public void insert(String orderNumber, long variantId, long exhibitionId, long groupId, int quantity, long sellerId, Instant at) {
        jdbc.sql("INSERT INTO booth_order (order_number, variant_id, exhibition_id, group_id, quantity, seller_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(orderNumber, variantId, exhibitionId, groupId, quantity, sellerId, Timestamp.from(at)).update();
    }

    /** The order's rows not yet given back, locked until the transaction ends (a redelivered event waits, then finds none). */
    public List<Row> lockOpen(String orderNumber) {
        return jdbc.sql("SELECT order_number, variant_id, exhibition_id, group_id, quantity FROM booth_order "
                        + "WHERE order_number = ? AND given_back_at IS NULL ORDER BY variant_id FOR UPDATE")
                .param(orderNumber)
                .query((rs, row) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5)))
                .list();
    }

    public void markGivenBack(String orderNumber, long variantId, Instant at) {
        jdbc.sql("UPDATE booth_order SET given_back_at = ? WHERE order_number = ? AND variant_id = ? AND given_back_at IS NULL")
                .params(Timestamp.from(at), orderNumber, variantId).update();
    }
}
