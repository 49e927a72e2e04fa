package id.go.bnn.pasarbersinar.payment.internal;

import static id.go.bnn.pasarbersinar.payment.internal.PaymentStore.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code payment_midtrans_notification}: each notification once by its key, processed once. */
@Component
class MidtransNotificationStore {

    record Notification(String key, String orderId, String payload) {
    }

    private final JdbcClient jdbc;

    MidtransNotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the same notification was stored before (Midtrans retries until it hears 200). */
    @Transactional
    boolean store(String key, String orderId, String transactionStatus, String payload, Instant now) {
        try {
            jdbc.sql("INSERT INTO payment_midtrans_notification (notification_key, order_id, transaction_status, payload, received_at) VALUES (?, ?, ?, ?, ?)")
                    .params(key, orderId, transactionStatus, payload, ts(now)).update();
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    Optional<Notification> unprocessed(String key) {
        return jdbc.sql("SELECT notification_key, order_id, payload FROM payment_midtrans_notification WHERE notification_key = ? AND processed_at IS NULL")
                .param(key).query((rs, row) -> new Notification(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** True for the one caller that marked it (two nodes may pick up the same notification). */
    @Transactional
    boolean markProcessed(String key, String note, Instant now) {
        return jdbc.sql("UPDATE payment_midtrans_notification SET processed_at = ?, note = ? WHERE notification_key = ? AND processed_at IS NULL")
                .params(ts(now), note == null ? null : note.substring(0, Math.min(note.length(), 300)), key).update() == 1;
    }

    List<String> unprocessedKeys(Instant receivedBefore, int limit) {
        return jdbc.sql("SELECT notification_key FROM payment_midtrans_notification WHERE processed_at IS NULL AND received_at < ? ORDER BY received_at LIMIT "
                + limit).param(ts(receivedBefore)).query(String.class).list();
    }
}
