package id.go.bnn.pasarbersinar.identity.internal;

import static id.go.bnn.pasarbersinar.identity.internal.AccountStore.ts;

import id.go.bnn.pasarbersinar.identity.SecurityEvent;
import id.go.bnn.pasarbersinar.identity.SecurityEvent.Type;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The security audit log's table. Entries are written in their own transaction: a refused action is still logged. */
@Repository
public class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("security");

    private final JdbcClient jdbc;
    private final Clock clock;

    SecurityEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Type type, Long actorId, String subject, String address, String detail) {
        log.info("{} actor={} subject={} address={} {}", type, actorId, oneLine(subject), oneLine(address), detail == null ? "" : oneLine(detail));
        jdbc.sql("INSERT INTO security_event (occurred_at, type, actor_id, subject, address, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(ts(clock.instant()), type.name(), actorId, truncate(subject, 254), truncate(address, 64), truncate(detail, 500))
                .update();
    }

    public List<SecurityEvent> newest(int limit, Type type, String subject) {
        StringBuilder sql = new StringBuilder("SELECT e.id, e.occurred_at, e.type, e.actor_id, e.subject, e.address, e.detail, a.display_name, a.email "
                + "FROM security_event e LEFT JOIN account a ON a.id = e.actor_id WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (type != null) {
            sql.append(" AND e.type = ?");
            params.add(type.name());
        }
        if (subject != null && !subject.isBlank()) {
            sql.append(" AND e.subject = ?");
            params.add(AccountStore.normalizeEmail(subject));
        }
        sql.append(" ORDER BY e.id DESC LIMIT ").append(Math.max(1, Math.min(limit, 1000)));
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new SecurityEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), Type.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** How often this happened to this subject since then: limits mails one can make the shop send to an address. */
    public long count(Type type, String subject, java.time.Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM security_event WHERE type = ? AND subject = ? AND occurred_at > ?")
                .params(type.name(), AccountStore.normalizeEmail(subject), AccountStore.ts(since)).query(Long.class).single();
    }

    /** Typed text on one log line: line breaks and other control characters shown escaped, so nobody forges a line. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(Math.min(text.length(), 300));
        for (int i = 0; i < text.length() && line.length() < 300; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.toString();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
