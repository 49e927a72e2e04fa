package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.payout.LedgerAccount;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The ledger in plain SQL. It only ever INSERTs entries: there is no update or delete of {@code ledger_entry} or
 * {@code ledger_transaction} anywhere in the shop; a correction is a new transaction.
 */
@Repository
public class LedgerStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One line of a transaction. Positive is a credit, negative a debit. */
    public record Entry(LedgerAccount account, long groupId, long amount, Long fulfilmentId, Long payoutId, Integer rateBp, String memo) {

        public static Entry of(LedgerAccount account, long groupId, long amount, String memo) {
            return new Entry(account, groupId, amount, null, null, null, memo);
        }

        public Entry forFulfilment(long fulfilmentId) {
            return new Entry(account, groupId, amount, fulfilmentId, payoutId, rateBp, memo);
        }

        public Entry forPayout(long payoutId) {
            return new Entry(account, groupId, amount, fulfilmentId, payoutId, rateBp, memo);
        }

        public Entry atRate(int rateBp) {
            return new Entry(account, groupId, amount, fulfilmentId, payoutId, rateBp, memo);
        }
    }

    public boolean isPosted(String sourceKey) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_transaction WHERE source_key = ?").param(sourceKey).query(Long.class).single() > 0;
    }

    /**
     * Posts a balanced transaction once per source key: returns false (and posts nothing) when the key was posted
     * before. Refuses a transaction whose entries do not sum to zero. The unique key on {@code source_key} stops two
     * nodes posting the same event at once (the loser's transaction rolls back and its listener is retried).
     */
    public boolean post(String sourceKey, String kind, String description, List<Entry> entries, Instant at, Long actor) {
        long sum = 0;
        for (Entry entry : entries) {
            sum = Math.addExact(sum, entry.amount());
            if (entry.account().isGroupAccount() == (entry.groupId() == LedgerAccount.PLATFORM)) {
                throw new IllegalArgumentException("Account " + entry.account() + " with group " + entry.groupId());
            }
        }
        if (sum != 0) {
            throw new UnbalancedTransactionException(sourceKey, sum);
        }
        if (isPosted(sourceKey)) {
            return false;
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ledger_transaction (source_key, kind, description, booked_at, booked_by) VALUES (?, ?, ?, ?, ?)")
                .params(sourceKey, kind, truncate(description, 255), Timestamp.from(at), actor)
                .update(keys, "id");
        long transactionId = keys.getKey().longValue();
        List<Entry> nonZero = entries.stream().filter(entry -> entry.amount() != 0).toList();
        template.batchUpdate("INSERT INTO ledger_entry (transaction_id, account, group_id, amount, fulfilment_id, payout_id, rate_bp, memo, booked_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", nonZero, 500, (statement, entry) -> {
                    statement.setLong(1, transactionId);
                    statement.setString(2, entry.account().name());
                    statement.setLong(3, entry.groupId());
                    statement.setLong(4, entry.amount());
                    statement.setObject(5, entry.fulfilmentId());
                    statement.setObject(6, entry.payoutId());
                    statement.setObject(7, entry.rateBp());
                    statement.setString(8, entry.memo());
                    statement.setTimestamp(9, Timestamp.from(at));
                });
        return true;
    }

    /**
     * Posts a payout run once: for each of its payouts, available − amount and payout in progress + amount, written
     * straight from the run's payouts in two statements (a run may pay thousands of groups). Refuses a run whose
     * entries do not balance; false when it was posted before.
     */
    public boolean postRun(String sourceKey, long runId, String description, Instant at, Long actor) {
        if (!post(sourceKey, "payout", description, List.of(), at, actor)) {
            return false;
        }
        long transactionId = jdbc.sql("SELECT id FROM ledger_transaction WHERE source_key = ?").param(sourceKey).query(Long.class).single();
        for (String[] side : new String[][] {{LedgerAccount.GROUP_AVAILABLE.name(), "-"}, {LedgerAccount.GROUP_PAYOUT_IN_PROGRESS.name(), ""}}) {
            jdbc.sql("INSERT INTO ledger_entry (transaction_id, account, group_id, amount, payout_id, memo, booked_at) "
                            + "SELECT ?, ?, group_id, " + side[1] + "amount, id, 'payout', ? FROM payout WHERE run_id = ?")
                    .params(transactionId, side[0], Timestamp.from(at), runId).update();
        }
        long sum = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE transaction_id = ?").param(transactionId).query(Long.class).single();
        if (sum != 0) {
            throw new UnbalancedTransactionException(sourceKey, sum);
        }
        return true;
    }

    /** The balance of every account of a group (accounts without entries are zero). */
    public Map<LedgerAccount, Long> balances(long groupId) {
        Map<LedgerAccount, Long> balances = new EnumMap<>(LedgerAccount.class);
        for (LedgerAccount account : LedgerAccount.values()) {
            if (account.isGroupAccount() == (groupId != LedgerAccount.PLATFORM)) {
                balances.put(account, 0L);
            }
        }
        jdbc.sql("SELECT account, SUM(amount) FROM ledger_entry WHERE group_id = ? GROUP BY account")
                .param(groupId)
                .query((rs, row) -> Map.entry(LedgerAccount.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .forEach(entry -> balances.put(entry.getKey(), entry.getValue()));
        return balances;
    }

    public long balance(LedgerAccount account, long groupId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE account = ? AND group_id = ?")
                .params(account.name(), groupId).query(Long.class).single();
    }

    /** What one parcel's entries left in the account. */
    public long balance(LedgerAccount account, long groupId, long fulfilmentId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE account = ? AND group_id = ? AND fulfilment_id = ?")
                .params(account.name(), groupId, fulfilmentId).query(Long.class).single();
    }

    /** The check query: ids of transactions whose entries do not sum to zero. Always empty. */
    public List<Long> unbalancedTransactions() {
        return jdbc.sql("SELECT transaction_id FROM ledger_entry GROUP BY transaction_id HAVING SUM(amount) <> 0")
                .query(Long.class).list();
    }

    /** Sum of all entries ever: zero when every transaction balances. */
    public long grandTotal() {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry").query(Long.class).single();
    }

    public long entryCount() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
    }

    static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** Thrown when a transaction's entries do not sum to zero: a bug, never posted. */
    public static class UnbalancedTransactionException extends IllegalStateException {
        UnbalancedTransactionException(String sourceKey, long sum) {
            super("Transaction " + sourceKey + " does not balance: entries sum to " + sum);
        }
    }
}
