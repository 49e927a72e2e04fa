package id.go.bnn.pasarbersinar.payout.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the shop keeps of Iris: each payout's request, reference and step, the account checks, the notifications. */
@Repository
public class IrisStore {

    private final JdbcClient jdbc;

    IrisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A payout's Iris side: what was (or is being) sent, Iris's reference, our step, who approved it. */
    public record IrisPayout(String bank, String account, String name, String reference, String state, Instant requestedAt, Long approvedBy) {
    }

    public Optional<IrisPayout> irisPayout(long payoutId) {
        return jdbc.sql("SELECT iris_bank, iris_account, iris_name, iris_reference, iris_state, iris_requested_at, iris_approved_by FROM payout WHERE id = ?")
                .param(payoutId)
                .query((rs, row) -> new IrisPayout(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), (Long) rs.getObject(7, Long.class)))
                .optional();
    }

    /** Written and committed before Iris is called: a crash after Iris's answer leaves CREATING, resent with the same key. */
    public boolean markCreating(long payoutId, String bank, String account, String name, long creator, Instant at) {
        return jdbc.sql("UPDATE payout SET iris_bank = ?, iris_account = ?, iris_name = ?, iris_state = 'CREATING', iris_requested_at = ?, "
                        + "recorded_by = ?, recorded_at = ?, updated_at = ? WHERE id = ? AND method = 'IRIS' AND status = 'PENDING' AND iris_state IS NULL")
                .params(bank, account, name, Timestamp.from(at), creator, Timestamp.from(at), Timestamp.from(at), payoutId).update() == 1;
    }

    public void markQueued(long payoutId, String reference, Instant at) {
        jdbc.sql("UPDATE payout SET status = 'SENT', iris_reference = ?, bank_reference = ?, iris_state = 'QUEUED', failure = NULL, updated_at = ? "
                        + "WHERE id = ? AND iris_state = 'CREATING'")
                .params(reference, reference, Timestamp.from(at), payoutId).update();
    }

    /** Iris refused the creation outright: nothing exists there, the payout waits as before, with Iris's reason. */
    public void clearCreating(long payoutId, String failure, Instant at) {
        jdbc.sql("UPDATE payout SET iris_state = NULL, iris_requested_at = NULL, recorded_by = NULL, recorded_at = NULL, failure = ?, updated_at = ? "
                        + "WHERE id = ? AND iris_state = 'CREATING'")
                .params(truncate(failure), Timestamp.from(at), payoutId).update();
    }

    public void markApproved(long payoutId, long approver, Instant at) {
        jdbc.sql("UPDATE payout SET iris_state = 'APPROVED', iris_approved_by = ?, failure = NULL, updated_at = ? WHERE id = ? AND iris_state = 'QUEUED'")
                .params(approver, Timestamp.from(at), payoutId).update();
    }

    public void markState(long payoutId, String state, Instant at) {
        jdbc.sql("UPDATE payout SET iris_state = ?, updated_at = ? WHERE id = ?").params(state, Timestamp.from(at), payoutId).update();
    }

    /** A failure message on the payout, its status unchanged (Iris unreachable, account refused). */
    public void noteFailure(long payoutId, String failure, Instant at) {
        jdbc.sql("UPDATE payout SET failure = ?, updated_at = ? WHERE id = ?").params(truncate(failure), Timestamp.from(at), payoutId).update();
    }

    /** Staff pay a payout that never reached Iris by hand instead. */
    public boolean switchToBank(long payoutId, Instant at) {
        return jdbc.sql("UPDATE payout SET method = 'BANK', failure = NULL, updated_at = ? WHERE id = ? AND method = 'IRIS' AND status = 'PENDING' "
                + "AND iris_state IS NULL").params(Timestamp.from(at), payoutId).update() == 1;
    }

    public Optional<Long> idOfReference(String reference) {
        return reference == null ? Optional.empty()
                : jdbc.sql("SELECT id FROM payout WHERE iris_reference = ?").param(reference).query(Long.class).optional();
    }

    public Optional<Long> amountOfIrisReference(String reference) {
        return jdbc.sql("SELECT amount FROM payout WHERE iris_reference = ?").param(reference).query(Long.class).optional();
    }

    public List<Long> pendingIrisPayoutsOfRun(long runId) {
        return jdbc.sql("SELECT id FROM payout WHERE run_id = ? AND method = 'IRIS' AND status = 'PENDING' AND iris_state IS NULL ORDER BY id")
                .param(runId).query(Long.class).list();
    }

    // --- account checks ----------------------------------------------------------------------------------------

    /** The last check of a destination's account: for which bank|account|holder, the name Iris answered, or its refusal. */
    public record AccountCheck(String validatedFor, String validatedName, Instant validatedAt, String error) {
    }

    public Optional<AccountCheck> accountCheck(long groupId) {
        return jdbc.sql("SELECT validated_for, validated_name, validated_at, validation_error FROM payout_destination WHERE group_id = ? "
                        + "AND validated_at IS NOT NULL")
                .param(groupId)
                .query((rs, row) -> new AccountCheck(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional();
    }

    public void saveAccountCheck(long groupId, AccountCheck check) {
        jdbc.sql("UPDATE payout_destination SET validated_for = ?, validated_name = ?, validated_at = ?, validation_error = ? WHERE group_id = ?")
                .params(check.validatedFor(), check.validatedName(), Timestamp.from(check.validatedAt()), truncate(check.error()), groupId).update();
    }

    /** The holder name a group's Iris destination gives for this bank and account (the demo's account check). */
    public Optional<String> holderOfAccount(String bank, String account) {
        return jdbc.sql("SELECT holder_name FROM payout_destination WHERE method = 'IRIS' AND bank_name = ? "
                        + "AND REPLACE(REPLACE(REPLACE(account_number, '-', ''), ' ', ''), '.', '') = ? ORDER BY group_id")
                .params(bank, account).query(String.class).list().stream().findFirst();
    }

    // --- notifications -----------------------------------------------------------------------------------------

    /** Stores a notification once: false when the very same body was stored before. */
    public boolean storeNotification(String bodyHash, String reference, String status, String body, Instant at) {
        try {
            jdbc.sql("INSERT INTO payout_iris_notification (body_hash, reference_no, status, body, received_at) VALUES (?, ?, ?, ?, ?)")
                    .params(bodyHash, reference, status, body, Timestamp.from(at)).update();
            return true;
        } catch (DuplicateKeyException again) {
            return false;
        }
    }

    public void markNotificationsProcessed(String reference, Instant at) {
        jdbc.sql("UPDATE payout_iris_notification SET processed_at = ? WHERE reference_no = ? AND processed_at IS NULL")
                .params(Timestamp.from(at), reference).update();
    }

    public List<String> unprocessedReferences(int limit) {
        return jdbc.sql("SELECT DISTINCT reference_no FROM payout_iris_notification WHERE processed_at IS NULL AND reference_no IS NOT NULL "
                + "ORDER BY reference_no LIMIT ?").param(limit).query(String.class).list();
    }

    public boolean hasUnprocessed(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM payout_iris_notification WHERE reference_no = ? AND processed_at IS NULL").param(reference)
                .query(Long.class).single() > 0;
    }

    public long notificationCount(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM payout_iris_notification WHERE reference_no = ?").param(reference).query(Long.class).single();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 255 ? text : text.substring(0, 255);
    }
}
