package id.go.bnn.pasarbersinar.payment.internal;

import id.go.bnn.pasarbersinar.payment.CheckoutRequest;
import id.go.bnn.pasarbersinar.payment.RefundRequest;
import id.go.bnn.pasarbersinar.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment module's tables: an order's payment and its single outcome, the provider sessions opened for it, its
 * refunds and the Stripe webhook events received. Every change of state is a conditional UPDATE, so whoever learns an
 * outcome first (webhook, return page, expiry job, a second app node) wins and the others change nothing.
 * A plain component, not a {@code @Repository}: its refusals stay IllegalState/IllegalArgument for the callers.
 */
@Component
public class PaymentStore {

    public enum Outcome { PAID, FAILED }

    public enum SessionStatus { CREATING, OPEN, PAID, FAILED, ERROR }

    public record Attempt(long id, String orderNumber, int attempt, String provider, String idempotencyKey, SessionStatus status,
            String sessionId, String url, Money amount, CheckoutRequest request, Instant expiresAt) {
    }

    public record Payment(String orderNumber, Outcome outcome, String sessionId, String paymentReference, Money amount) {
    }

    public record Refund(String refundId, String orderNumber, Money amount, String providerRefundId, String status) {
    }

    private static final String ATTEMPT_COLUMNS =
            "id, order_number, attempt, provider, idempotency_key, status, session_id, url, amount, request_json, expires_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PaymentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The attempt to pay with: the open or half-created one when there is one (so a double click, a second tab or a
     * retry after a crash reuses it), else a new one in state CREATING, committed before the provider is called.
     * Refuses an order whose payment is decided already or whose amount changed.
     */
    @Transactional
    public Attempt beginAttempt(CheckoutRequest request, String provider, Instant expiresAt, Instant now) {
        try {
            jdbc.sql("INSERT INTO payment (order_number, amount, created_at) VALUES (?, ?, ?)")
                    .params(request.orderNumber(), request.total().rupiah(), ts(now)).update();
        } catch (DuplicateKeyException alreadyThere) {
            // A second attempt, or a concurrent one: the lock below puts them one after the other.
        }
        Payment payment = jdbc.sql("SELECT order_number, outcome, session_id, payment_reference, amount FROM payment WHERE order_number = ? FOR UPDATE")
                .param(request.orderNumber()).query(PaymentStore::payment).single();
        if (payment.outcome() != null) {
            throw new IllegalStateException("The payment of order " + request.orderNumber() + " is " + payment.outcome() + " already");
        }
        if (!payment.amount().equals(request.total())) {
            throw new IllegalArgumentException("Order " + request.orderNumber() + " started paying " + payment.amount() + ", not " + request.total());
        }
        Optional<Attempt> latest = latest(request.orderNumber());
        if (latest.isPresent() && (latest.get().status() == SessionStatus.OPEN || latest.get().status() == SessionStatus.CREATING)) {
            return latest.get();
        }
        int number = latest.map(a -> a.attempt() + 1).orElse(1);
        String key = "checkout-" + request.orderNumber() + "-" + number;
        jdbc.sql("INSERT INTO payment_session (order_number, attempt, provider, idempotency_key, status, amount, request_json, expires_at, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, 'CREATING', ?, ?, ?, ?, ?)")
                .params(request.orderNumber(), number, provider, key, request.total().rupiah(), json.writeValueAsString(request), ts(expiresAt),
                        ts(now), ts(now))
                .update();
        return latest(request.orderNumber()).orElseThrow();
    }

    /** The provider answered with a session: the attempt becomes payable (unless an outcome overtook it). */
    @Transactional
    public void opened(long attemptId, String sessionId, String url, Instant now) {
        jdbc.sql("UPDATE payment_session SET status = 'OPEN', session_id = ?, url = ?, updated_at = ? WHERE id = ? AND status = 'CREATING'")
                .params(sessionId, url, ts(now), attemptId).update();
    }

    /** A session the provider made for an attempt whose answer we never recorded (a crash): the attempt takes its id. */
    @Transactional
    public void adoptSession(long attemptId, String sessionId, Instant now) {
        jdbc.sql("UPDATE payment_session SET session_id = ?, updated_at = ? WHERE id = ? AND session_id IS NULL").params(sessionId, ts(now), attemptId).update();
    }

    /** The provider refused the request for good: the next try is a new attempt with a new key. */
    @Transactional
    public void refused(long attemptId, Instant now) {
        jdbc.sql("UPDATE payment_session SET status = 'ERROR', updated_at = ? WHERE id = ? AND status = 'CREATING'")
                .params(ts(now), attemptId).update();
    }

    public Optional<Attempt> latest(String orderNumber) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM payment_session WHERE order_number = ? ORDER BY attempt DESC LIMIT 1")
                .param(orderNumber).query(this::attempt).optional();
    }

    public Optional<Attempt> bySession(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM payment_session WHERE session_id = ?")
                .param(sessionId).query(this::attempt).optional();
    }

    public Optional<Attempt> byIdempotencyKey(String orderNumber, String idempotencyKey) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM payment_session WHERE order_number = ? AND idempotency_key = ?")
                .params(orderNumber, idempotencyKey).query(this::attempt).optional();
    }

    public Optional<Payment> payment(String orderNumber) {
        return jdbc.sql("SELECT order_number, outcome, session_id, payment_reference, amount FROM payment WHERE order_number = ?")
                .param(orderNumber).query(PaymentStore::payment).optional();
    }

    /** Why a payment failed ("failed", "expired", "abandoned"); empty while undecided or paid. */
    public Optional<String> failureReason(String orderNumber) {
        return jdbc.sql("SELECT reason FROM payment WHERE order_number = ? AND outcome = 'FAILED'").param(orderNumber).query(String.class).optional();
    }

    public Optional<Payment> paymentByReference(String paymentReference) {
        if (paymentReference == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT order_number, outcome, session_id, payment_reference, amount FROM payment WHERE payment_reference = ?")
                .param(paymentReference).query(PaymentStore::payment).list().stream().findFirst();
    }

    /** Sets the order's outcome if it has none yet; true for the one caller that set it. */
    @Transactional
    public boolean decide(String orderNumber, Outcome outcome, String sessionId, String paymentReference, String reason, Instant now) {
        int changed = jdbc.sql("UPDATE payment SET outcome = ?, session_id = ?, payment_reference = ?, reason = ?, decided_at = ? "
                        + "WHERE order_number = ? AND outcome IS NULL")
                .params(outcome.name(), sessionId, paymentReference, reason, ts(now), orderNumber).update();
        return changed == 1;
    }

    @Transactional
    public void sessionStatus(long attemptId, SessionStatus status, Instant now) {
        jdbc.sql("UPDATE payment_session SET status = ?, updated_at = ? WHERE id = ?").params(status.name(), ts(now), attemptId).update();
    }

    /** Records a refund request once by its id; a repeated request with other figures is refused. */
    @Transactional
    public Refund beginRefund(RefundRequest request, Instant now) {
        Optional<Refund> existing = refund(request.refundId());
        if (existing.isEmpty()) {
            try {
                jdbc.sql("INSERT INTO payment_refund (refund_id, order_number, amount, reason, status, created_at) VALUES (?, ?, ?, ?, 'PENDING', ?)")
                        .params(request.refundId(), request.orderNumber(), request.amount().rupiah(), request.reason(), ts(now)).update();
            } catch (DuplicateKeyException concurrent) {
                // The same refund asked for twice at once: the row is there, compare below.
            }
            existing = refund(request.refundId());
        }
        Refund refund = existing.orElseThrow();
        if (!refund.orderNumber().equals(request.orderNumber()) || !refund.amount().equals(request.amount())) {
            throw new IllegalArgumentException("Refund " + request.refundId() + " was asked for " + refund.orderNumber() + " " + refund.amount());
        }
        return refund;
    }

    /** Holds the order's payment row until the transaction ends: refund decisions of one order take turns. */
    public void lockPayment(String orderNumber) {
        jdbc.sql("SELECT order_number FROM payment WHERE order_number = ? FOR UPDATE").param(orderNumber).query(String.class).optional();
    }

    /** What is refunded or on its way back for an order, this refund excluded. */
    public Money refundedBesides(String orderNumber, String refundId) {
        Long sum = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM payment_refund WHERE order_number = ? AND refund_id <> ? AND status <> 'FAILED'")
                .params(orderNumber, refundId).query(Long.class).single();
        return Money.rupiah(sum);
    }

    @Transactional
    public void refundSent(String refundId, String providerRefundId) {
        jdbc.sql("UPDATE payment_refund SET provider_refund_id = ? WHERE refund_id = ? AND provider_refund_id IS NULL")
                .params(providerRefundId, refundId).update();
    }

    /** Settles a pending (or owed) refund; true for the one caller that settled it. */
    @Transactional
    public boolean settleRefund(String refundId, boolean succeeded, Instant now) {
        return jdbc.sql("UPDATE payment_refund SET status = ?, settled_at = ? WHERE refund_id = ? AND status IN ('PENDING', 'OWED')")
                .params(succeeded ? "SUCCEEDED" : "FAILED", ts(now), refundId).update() == 1;
    }

    /** A pending refund no provider API can send back: owed to the buyer until staff transfer it; true for the one caller. */
    @Transactional
    public boolean refundOwed(String refundId) {
        return jdbc.sql("UPDATE payment_refund SET status = 'OWED' WHERE refund_id = ? AND status = 'PENDING'").param(refundId).update() == 1;
    }

    /** How a decided payment was made: its provider, the provider's payment type and fee (the platform's cost). */
    public record Settlement(String provider, String paymentType, Money fee) {
    }

    @Transactional
    public void recordSettlement(String orderNumber, Settlement settlement) {
        jdbc.sql("UPDATE payment SET provider = ?, payment_type = ?, fee = ? WHERE order_number = ?")
                .params(settlement.provider(), settlement.paymentType(), settlement.fee() == null ? null : settlement.fee().rupiah(), orderNumber)
                .update();
    }

    public Optional<Settlement> settlement(String orderNumber) {
        return jdbc.sql("SELECT provider, payment_type, fee FROM payment WHERE order_number = ?").param(orderNumber)
                .query((rs, row) -> {
                    long fee = rs.getLong("fee");
                    return new Settlement(rs.getString("provider"), rs.getString("payment_type"), rs.wasNull() ? null : Money.rupiah(fee));
                }).optional();
    }

    public Optional<Refund> refund(String refundId) {
        return jdbc.sql("SELECT refund_id, order_number, amount, provider_refund_id, status FROM payment_refund WHERE refund_id = ?")
                .param(refundId).query(PaymentStore::refund).optional();
    }

    public Optional<Refund> refundByProviderId(String providerRefundId) {
        return jdbc.sql("SELECT refund_id, order_number, amount, provider_refund_id, status FROM payment_refund WHERE provider_refund_id = ?")
                .param(providerRefundId).query(PaymentStore::refund).optional();
    }

    public List<Refund> pendingRefunds(String orderNumber) {
        return jdbc.sql("SELECT refund_id, order_number, amount, provider_refund_id, status FROM payment_refund WHERE order_number = ? AND status = 'PENDING'")
                .param(orderNumber).query(PaymentStore::refund).list();
    }

    /** Stores a webhook event by its id; false when it was stored before (a redelivery). */
    @Transactional
    public boolean storeEvent(String eventId, String type, String payload, Instant now) {
        try {
            jdbc.sql("INSERT INTO payment_webhook_event (event_id, type, payload, received_at) VALUES (?, ?, ?, ?)")
                    .params(eventId, type, payload, ts(now)).update();
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    /** Marks an event processed; true for the one caller that did (two nodes may pick up the same event). */
    @Transactional
    public boolean markProcessed(String eventId, String note, Instant now) {
        return jdbc.sql("UPDATE payment_webhook_event SET processed_at = ?, note = ? WHERE event_id = ? AND processed_at IS NULL")
                .params(ts(now), note == null ? null : note.substring(0, Math.min(note.length(), 300)), eventId).update() == 1;
    }

    public Optional<String> unprocessedPayload(String eventId) {
        return jdbc.sql("SELECT payload FROM payment_webhook_event WHERE event_id = ? AND processed_at IS NULL")
                .param(eventId).query(String.class).optional();
    }

    public List<String> unprocessedEvents(Instant receivedBefore, int limit) {
        return jdbc.sql("SELECT event_id FROM payment_webhook_event WHERE processed_at IS NULL AND received_at < ? ORDER BY received_at LIMIT " + limit)
                .param(ts(receivedBefore)).query(String.class).list();
    }

    private Attempt attempt(ResultSet rs, int row) throws SQLException {
        return new Attempt(rs.getLong("id"), rs.getString("order_number"), rs.getInt("attempt"), rs.getString("provider"),
                rs.getString("idempotency_key"), SessionStatus.valueOf(rs.getString("status")), rs.getString("session_id"), rs.getString("url"),
                Money.rupiah(rs.getLong("amount")), json.readValue(rs.getString("request_json"), CheckoutRequest.class),
                rs.getTimestamp("expires_at").toInstant());
    }

    private static Payment payment(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Payment(rs.getString("order_number"), outcome == null ? null : Outcome.valueOf(outcome), rs.getString("session_id"),
                rs.getString("payment_reference"), Money.rupiah(rs.getLong("amount")));
    }

    private static Refund refund(ResultSet rs, int row) throws SQLException {
        return new Refund(rs.getString("refund_id"), rs.getString("order_number"), Money.rupiah(rs.getLong("amount")),
                rs.getString("provider_refund_id"), rs.getString("status"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
