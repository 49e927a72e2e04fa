package id.go.bnn.pasarbersinar.payment.internal;

import static id.go.bnn.pasarbersinar.payment.internal.PaymentStore.ts;

import id.go.bnn.pasarbersinar.payment.internal.PaymentStore.Attempt;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code payment_late}: payments that came after their order had given up, each once by its session. */
@Component
public class LateStore {

    public enum LateStatus { NEW, REFUNDED, OWED, FOR_STAFF }

    public record LatePayment(String sessionId, String orderNumber, String provider, String paymentReference, String paymentType, Money amount,
            LateStatus status, String note) {
    }

    private final JdbcClient jdbc;

    LateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a late payment once (a repeated notification or lookup changes nothing). */
    @Transactional
    public void record(Attempt attempt, Money amount, String paymentReference, String paymentType, Instant now) {
        try {
            jdbc.sql("INSERT INTO payment_late (session_id, order_number, provider, payment_reference, payment_type, amount, status, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, 'NEW', ?, ?)")
                    .params(attempt.sessionId(), attempt.orderNumber(), attempt.provider(), paymentReference, paymentType, amount.rupiah(), ts(now), ts(now))
                    .update();
        } catch (DuplicateKeyException recordedBefore) {
            // Told again: recorded once.
        }
    }

    public List<LatePayment> waiting(int limit) {
        return jdbc.sql("SELECT * FROM payment_late WHERE status = 'NEW' ORDER BY created_at LIMIT " + limit).query(LateStore::late).list();
    }

    public Optional<LatePayment> bySession(String sessionId) {
        return jdbc.sql("SELECT * FROM payment_late WHERE session_id = ?").param(sessionId).query(LateStore::late).optional();
    }

    public List<LatePayment> ofOrder(String orderNumber) {
        return jdbc.sql("SELECT * FROM payment_late WHERE order_number = ? ORDER BY created_at").param(orderNumber).query(LateStore::late).list();
    }

    /** Moves a late payment on from {@code from}; true for the one caller that did. */
    @Transactional
    public boolean mark(String sessionId, LateStatus from, LateStatus to, String note, Instant now) {
        return jdbc.sql("UPDATE payment_late SET status = ?, note = ?, updated_at = ? WHERE session_id = ? AND status = ?")
                .params(to.name(), note == null ? null : note.substring(0, Math.min(300, note.length())), ts(now), sessionId, from.name()).update() == 1;
    }

    private static LatePayment late(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new LatePayment(rs.getString("session_id"), rs.getString("order_number"), rs.getString("provider"), rs.getString("payment_reference"),
                rs.getString("payment_type"), Money.rupiah(rs.getLong("amount")), LateStatus.valueOf(rs.getString("status")), rs.getString("note"));
    }
}
