package id.go.bnn.pasarbersinar.payment.internal;

import static id.go.bnn.pasarbersinar.payment.internal.PaymentStore.ts;

import id.go.bnn.pasarbersinar.payment.OwedRefund;
import id.go.bnn.pasarbersinar.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code payment_owed_refund}: money owed to buyers that no provider API sends back, from OWED (the buyer's bank details
 * missing) to READY (details entered), RECORDED (one staff member made the transfer) and PAID (a second confirmed it).
 * Every step is a conditional UPDATE from the step before, so a double click or two staff at once change it once.
 */
@Component
public class OwedRefundStore {

    private static final String COLUMNS = "refund_id, kind, order_number, amount, status, bank_name, account_number, account_holder, "
            + "transfer_reference, recorded_by, confirmed_by, created_at";

    private final JdbcClient jdbc;
    private final PaymentStore payments;

    OwedRefundStore(JdbcClient jdbc, PaymentStore payments) {
        this.jdbc = jdbc;
        this.payments = payments;
    }

    /** Whether a Midtrans payment of this type can be refunded through the API (a virtual account cannot). */
    public static boolean refundableByApi(String paymentType) {
        return MidtransPaymentProvider.refundsThroughApi(paymentType);
    }

    /** A refund no API can make: the refund becomes OWED and an owed transfer is opened for staff, once. */
    @Transactional
    public void owe(PaymentStore.Refund refund, Instant now) {
        if (payments.refundOwed(refund.refundId())) {
            open(refund.refundId(), OwedRefund.Kind.REFUND, refund.orderNumber(), refund.amount(), now);
        }
    }

    @Transactional
    public void open(String refundId, OwedRefund.Kind kind, String orderNumber, Money amount, Instant now) {
        try {
            jdbc.sql("INSERT INTO payment_owed_refund (refund_id, kind, order_number, amount, status, created_at) VALUES (?, ?, ?, ?, 'OWED', ?)")
                    .params(refundId, kind.name(), orderNumber, amount.rupiah(), ts(now)).update();
        } catch (DuplicateKeyException openedBefore) {
            // Owed once.
        }
    }

    public Optional<OwedRefund> find(String refundId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_owed_refund WHERE refund_id = ?").param(refundId).query(OwedRefundStore::owed).optional();
    }

    /** The refunds still owed (not PAID), oldest first, at most 500. */
    public List<OwedRefund> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_owed_refund WHERE status <> 'PAID' ORDER BY created_at, refund_id LIMIT 500")
                .query(OwedRefundStore::owed).list();
    }

    @Transactional
    public boolean enterDetails(String refundId, String bank, String accountNumber, String holder) {
        return jdbc.sql("UPDATE payment_owed_refund SET bank_name = ?, account_number = ?, account_holder = ?, status = 'READY' "
                + "WHERE refund_id = ? AND status IN ('OWED', 'READY')").params(bank, accountNumber, holder, refundId).update() == 1;
    }

    @Transactional
    public boolean recordTransfer(String refundId, String reference, long by, Instant now) {
        return jdbc.sql("UPDATE payment_owed_refund SET transfer_reference = ?, recorded_by = ?, recorded_at = ?, status = 'RECORDED' "
                + "WHERE refund_id = ? AND status = 'READY'").params(reference, by, ts(now), refundId).update() == 1;
    }

    /** The second pair of eyes: never the one who recorded the transfer. */
    @Transactional
    public boolean confirm(String refundId, long by, Instant now) {
        return jdbc.sql("UPDATE payment_owed_refund SET confirmed_by = ?, confirmed_at = ?, status = 'PAID' "
                + "WHERE refund_id = ? AND status = 'RECORDED' AND recorded_by <> ?").params(by, ts(now), refundId, by).update() == 1;
    }

    private static OwedRefund owed(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long recordedBy = rs.getLong("recorded_by");
        Long recorded = rs.wasNull() ? null : recordedBy;
        long confirmedBy = rs.getLong("confirmed_by");
        Long confirmed = rs.wasNull() ? null : confirmedBy;
        return new OwedRefund(rs.getString("refund_id"), OwedRefund.Kind.valueOf(rs.getString("kind")), rs.getString("order_number"),
                Money.rupiah(rs.getLong("amount")), OwedRefund.Status.valueOf(rs.getString("status")), rs.getString("bank_name"),
                rs.getString("account_number"), rs.getString("account_holder"), rs.getString("transfer_reference"), recorded, confirmed,
                rs.getTimestamp("created_at").toInstant());
    }
}
