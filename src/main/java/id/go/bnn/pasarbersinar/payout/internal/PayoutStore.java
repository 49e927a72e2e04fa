package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.payout.Destination;
import id.go.bnn.pasarbersinar.payout.Payout;
import id.go.bnn.pasarbersinar.payout.PayoutMethod;
import id.go.bnn.pasarbersinar.payout.PayoutStatus;
import id.go.bnn.pasarbersinar.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Payout destinations, runs, payouts and their proofs, in plain SQL. */
@Repository
public class PayoutStore {

    private static final String PAYOUT_COLUMNS = "p.id, p.run_id, p.group_id, p.amount, p.method, p.destination, p.status, p.stripe_transfer_id, "
            + "p.bank_reference, p.recorded_by, p.approved_by, p.failure, (SELECT COUNT(*) FROM payout_proof f WHERE f.payout_id = p.id), "
            + "p.created_at, p.updated_at, p.destination_masked";

    private final JdbcClient jdbc;

    PayoutStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- destinations ------------------------------------------------------------------------------------------

    public Optional<Destination> destination(long groupId) {
        return jdbc.sql("SELECT group_id, method, stripe_account, bank_name, account_number, holder_name, updated_at FROM payout_destination WHERE group_id = ?")
                .param(groupId)
                .query((rs, row) -> new Destination(rs.getLong(1), PayoutMethod.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), false, rs.getTimestamp(7).toInstant()))
                .optional();
    }

    public List<Destination> destinations() {
        return jdbc.sql("SELECT group_id, method, stripe_account, bank_name, account_number, holder_name, updated_at FROM payout_destination ORDER BY group_id")
                .query((rs, row) -> new Destination(rs.getLong(1), PayoutMethod.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), false, rs.getTimestamp(7).toInstant()))
                .list();
    }

    public void saveDestination(Destination destination, Long actor, Instant at) {
        int updated = jdbc.sql("UPDATE payout_destination SET method = ?, stripe_account = ?, bank_name = ?, account_number = ?, holder_name = ?, "
                        + "updated_by = ?, updated_at = ? WHERE group_id = ?")
                .params(destination.method().name(), destination.stripeAccount(), destination.bankName(), destination.accountNumber(),
                        destination.holderName(), actor, Timestamp.from(at), destination.groupId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO payout_destination (group_id, method, stripe_account, bank_name, account_number, holder_name, updated_by, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(destination.groupId(), destination.method().name(), destination.stripeAccount(), destination.bankName(),
                            destination.accountNumber(), destination.holderName(), actor, Timestamp.from(at))
                    .update();
        }
    }

    // --- runs ------------------------------------------------------------------------------------------------

    public long createRun(long minimum, boolean scheduled, Long actor, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO payout_run (started_at, started_by, minimum, scheduled) VALUES (?, ?, ?, ?)")
                .params(Timestamp.from(at), actor, minimum, scheduled).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Creates, in one statement that the database aggregates, a PENDING payout for every group whose available balance
     * is at least the minimum and which has a destination. Nothing is loaded into memory.
     */
    public int createPayouts(long runId, long minimum, Instant at) {
        return jdbc.sql("INSERT INTO payout (run_id, group_id, amount, method, destination, destination_masked, status, created_at, updated_at) "
                        + "SELECT ?, b.group_id, b.balance, d.method, "
                        + "CASE WHEN d.method = 'STRIPE' THEN CONCAT('Stripe ', d.stripe_account) "
                        + "ELSE CONCAT(d.bank_name, ' ', d.account_number, ' a.n. ', d.holder_name) END, "
                        + "CASE WHEN d.method = 'STRIPE' THEN CONCAT('Stripe ', d.stripe_account) "
                        // The last four digits without separators, as Destination.mask shows them elsewhere.
                        + "ELSE CONCAT(d.bank_name, ' •••• ', RIGHT(REPLACE(REPLACE(REPLACE(d.account_number, '-', ''), ' ', ''), '.', ''), 4), "
                        + "' a.n. ', d.holder_name) END, "
                        + "'PENDING', ?, ? "
                        + "FROM (SELECT group_id, SUM(amount) AS balance FROM ledger_entry WHERE account = 'GROUP_AVAILABLE' "
                        + "GROUP BY group_id HAVING SUM(amount) >= ?) b "
                        + "JOIN payout_destination d ON d.group_id = b.group_id")
                .params(runId, Timestamp.from(at), Timestamp.from(at), minimum).update();
    }

    public void closeRun(long runId) {
        jdbc.sql("UPDATE payout_run SET payouts = (SELECT COUNT(*) FROM payout WHERE run_id = ?), "
                        + "total = (SELECT COALESCE(SUM(amount), 0) FROM payout WHERE run_id = ?) WHERE id = ?")
                .params(runId, runId, runId).update();
    }

    public record RunRow(long id, Instant startedAt, Long startedBy, long minimum, boolean scheduled, int payouts, long total) {
    }

    public List<RunRow> runs(int limit) {
        return jdbc.sql("SELECT id, started_at, started_by, minimum, scheduled, payouts, total FROM payout_run ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query((rs, row) -> new RunRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), (Long) rs.getObject(3, Long.class), rs.getLong(4),
                        rs.getBoolean(5), rs.getInt(6), rs.getLong(7)))
                .list();
    }

    // --- payouts ---------------------------------------------------------------------------------------------

    public Optional<Payout> payout(long id) {
        return jdbc.sql("SELECT " + PAYOUT_COLUMNS + " FROM payout p WHERE p.id = ?").param(id).query(PayoutStore::payout).optional();
    }

    /** The payout's row locked for a state change, so two administrators cannot move it at once. */
    public Optional<Payout> lock(long id) {
        return jdbc.sql("SELECT " + PAYOUT_COLUMNS + " FROM payout p WHERE p.id = ? FOR UPDATE").param(id).query(PayoutStore::payout).optional();
    }

    public List<Payout> payoutsOfRun(long runId) {
        return jdbc.sql("SELECT " + PAYOUT_COLUMNS + " FROM payout p WHERE p.run_id = ? ORDER BY p.id").param(runId).query(PayoutStore::payout).list();
    }

    public List<Long> idsOf(long runId, PayoutMethod method) {
        return jdbc.sql("SELECT id FROM payout WHERE run_id = ? AND method = ? AND status = 'PENDING' ORDER BY id")
                .params(runId, method.name()).query(Long.class).list();
    }

    public Optional<Long> idOfTransfer(String transferId) {
        return transferId == null ? Optional.empty()
                : jdbc.sql("SELECT id FROM payout WHERE stripe_transfer_id = ?").param(transferId).query(Long.class).optional();
    }

    public List<Long> idsWithStatus(PayoutMethod method, PayoutStatus status) {
        return jdbc.sql("SELECT id FROM payout WHERE method = ? AND status = ? ORDER BY id").params(method.name(), status.name()).query(Long.class).list();
    }

    /** Open payouts (not PAID or REVERSED) first, then the newest. */
    public List<Payout> recent(int limit) {
        return jdbc.sql("SELECT " + PAYOUT_COLUMNS + " FROM payout p ORDER BY CASE WHEN p.status IN ('PAID', 'REVERSED') THEN 1 ELSE 0 END, p.id DESC LIMIT ?")
                .param(limit).query(PayoutStore::payout).list();
    }

    public List<Payout> ofGroup(long groupId) {
        return jdbc.sql("SELECT " + PAYOUT_COLUMNS + " FROM payout p WHERE p.group_id = ? ORDER BY p.id DESC").param(groupId).query(PayoutStore::payout).list();
    }

    public void markSent(long id, String transferId, Instant at) {
        jdbc.sql("UPDATE payout SET status = 'SENT', stripe_transfer_id = ?, failure = NULL, updated_at = ? WHERE id = ? AND status IN ('PENDING', 'FAILED')")
                .params(transferId, Timestamp.from(at), id).update();
    }

    public void markRecorded(long id, String reference, long actor, Instant at) {
        jdbc.sql("UPDATE payout SET status = 'SENT', bank_reference = ?, recorded_by = ?, recorded_at = ?, failure = NULL, updated_at = ? WHERE id = ?")
                .params(reference, actor, Timestamp.from(at), Timestamp.from(at), id).update();
    }

    public void markApproved(long id, Long actor, Instant at) {
        jdbc.sql("UPDATE payout SET status = 'PAID', approved_by = ?, approved_at = ?, updated_at = ? WHERE id = ?")
                .params(actor, Timestamp.from(at), Timestamp.from(at), id).update();
    }

    public void markStatus(long id, PayoutStatus status, String failure, Instant at) {
        jdbc.sql("UPDATE payout SET status = ?, failure = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), failure == null ? null : failure.length() > 255 ? failure.substring(0, 255) : failure, Timestamp.from(at), id)
                .update();
    }

    public void saveProof(long payoutId, String fileName, String contentType, byte[] data, Instant at) {
        jdbc.sql("DELETE FROM payout_proof WHERE payout_id = ?").param(payoutId).update();
        jdbc.sql("INSERT INTO payout_proof (payout_id, file_name, content_type, data, uploaded_at) VALUES (?, ?, ?, ?, ?)")
                .params(payoutId, fileName, contentType, data, Timestamp.from(at)).update();
    }

    public record Proof(String fileName, String contentType, byte[] data) {
    }

    public Optional<Proof> proof(long payoutId) {
        return jdbc.sql("SELECT file_name, content_type, data FROM payout_proof WHERE payout_id = ?").param(payoutId)
                .query((rs, row) -> new Proof(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private static Payout payout(ResultSet rs, int row) throws SQLException {
        return new Payout(rs.getLong(1), rs.getLong(2), rs.getLong(3), Money.rupiah(rs.getLong(4)), PayoutMethod.valueOf(rs.getString(5)),
                rs.getString(6), PayoutStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), (Long) rs.getObject(10, Long.class),
                (Long) rs.getObject(11, Long.class), rs.getString(12), rs.getLong(13) > 0, rs.getTimestamp(14).toInstant(),
                rs.getTimestamp(15).toInstant());
    }

    /** The same payout as its group sees it: the destination masked. */
    public List<Payout> ofGroupMasked(long groupId) {
        return jdbc.sql("SELECT " + PAYOUT_COLUMNS + " FROM payout p WHERE p.group_id = ? ORDER BY p.id DESC").param(groupId)
                .query((rs, row) -> {
                    Payout payout = payout(rs, row);
                    return new Payout(payout.id(), payout.runId(), payout.groupId(), payout.amount(), payout.method(), rs.getString(16),
                            payout.status(), payout.stripeTransferId(), payout.bankReference(), null, null, payout.failure(), payout.hasProof(),
                            payout.createdAt(), payout.updatedAt());
                }).list();
    }
}
