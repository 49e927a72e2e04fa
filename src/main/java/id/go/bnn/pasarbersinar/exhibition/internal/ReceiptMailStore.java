package id.go.bnn.pasarbersinar.exhibition.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code booth_receipt_mail}: the receipts mailed from the booth page, counted per sale and per seller for the limits. */
@Repository
public class ReceiptMailStore {

    private final JdbcClient jdbc;

    ReceiptMailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long mailsOfSale(String saleKey) {
        return jdbc.sql("SELECT COUNT(*) FROM booth_receipt_mail WHERE sale_key = ?").param(saleKey).query(Long.class).single();
    }

    public long mailsOfSellerSince(long sellerId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM booth_receipt_mail WHERE seller_id = ? AND sent_at >= ?")
                .params(sellerId, Timestamp.from(since)).query(Long.class).single();
    }

    public void record(String saleKey, long sellerId, Instant at) {
        jdbc.sql("INSERT INTO booth_receipt_mail (sale_key, seller_id, sent_at) VALUES (?, ?, ?)").params(saleKey, sellerId, Timestamp.from(at)).update();
    }
}
