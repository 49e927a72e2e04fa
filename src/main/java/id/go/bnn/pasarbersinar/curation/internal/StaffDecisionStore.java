package id.go.bnn.pasarbersinar.curation.internal;

import id.go.bnn.pasarbersinar.curation.AuditEntry;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code staff_decision} table: rows are inserted and read, never updated or deleted. */
@Repository
public class StaffDecisionStore {

    private static final int MAX_TEXT = 8000;

    private final JdbcClient jdbc;

    StaffDecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a decision once: the same event delivered again (after a crash, on restart) adds nothing. */
    public boolean record(StaffDecision decision) {
        String fingerprint = fingerprint(decision);
        if (jdbc.sql("SELECT COUNT(*) FROM staff_decision WHERE fingerprint = ?").param(fingerprint).query(Long.class).single() > 0) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO staff_decision (decided_at, actor_account_id, actor_email, province_code, subject_type, subject_id, "
                            + "action, before_state, after_state, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(Timestamp.from(decision.at()), decision.actorAccountId(), cut(decision.actorEmail(), 254),
                            decision.provinceCode(), cut(decision.subjectType(), 40), cut(decision.subjectId(), 64),
                            cut(decision.action(), 40), cut(decision.before(), MAX_TEXT), cut(decision.after(), MAX_TEXT), fingerprint)
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /**
     * The newest entries; with {@code provinces} given, only those of these provinces or decided by {@code actorId}.
     * Subject and actor filters match any part, ignoring case.
     */
    public List<AuditEntry> newest(int limit, Collection<String> provinces, Long actorId, String subject, String actor) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (provinces != null) {
            where.append(" AND (");
            if (!provinces.isEmpty()) {
                where.append("province_code IN (").append(String.join(", ", provinces.stream().map(p -> "?").toList())).append(") OR ");
                params.addAll(provinces);
            }
            where.append("actor_account_id = ?)");
            params.add(actorId == null ? Long.MIN_VALUE : actorId);
        }
        if (subject != null && !subject.isBlank()) {
            where.append(" AND LOWER(CONCAT(subject_type, ' ', subject_id)) LIKE ? ESCAPE '!'");
            params.add(like(subject));
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" AND LOWER(actor_email) LIKE ? ESCAPE '!'");
            params.add(like(actor));
        }
        params.add(limit);
        return jdbc.sql("SELECT id, decided_at, actor_account_id, actor_email, province_code, subject_type, subject_id, action, "
                        + "before_state, after_state FROM staff_decision WHERE " + where + " ORDER BY decided_at DESC, id DESC LIMIT ?")
                .params(params)
                .query((rs, row) -> {
                    long actorAccount = rs.getLong(3);
                    Long actorAccountId = rs.wasNull() ? null : actorAccount;
                    return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), actorAccountId, rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
                })
                .list();
    }

    private static String like(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String fingerprint(StaffDecision decision) {
        String text = String.join("\u0000", Objects.toString(decision.actorAccountId()), Objects.toString(decision.actorEmail()),
                Objects.toString(decision.provinceCode()), Objects.toString(decision.subjectType()),
                Objects.toString(decision.subjectId()), Objects.toString(decision.action()), Objects.toString(decision.before()),
                Objects.toString(decision.after()), Objects.toString(decision.at()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
