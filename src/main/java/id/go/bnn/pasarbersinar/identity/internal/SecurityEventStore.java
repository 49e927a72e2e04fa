package id.go.bnn.pasarbersinar.identity.internal;

import static id.go.bnn.pasarbersinar.identity.internal.AccountStore.ts;

import id.go.bnn.pasarbersinar.identity.SecurityEvent;
import id.go.bnn.pasarbersinar.identity.SecurityEvent.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The security audit log's table ({@code security_event}); {@link SecurityEvents} decides what goes in. */
@Repository
class SecurityEventStore {

    private final JdbcClient jdbc;

    SecurityEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, Type type, Long actorId, String subject, String address, String detail) {
        jdbc.sql("INSERT INTO security_event (occurred_at, type, actor_id, subject, address, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(ts(at), type.name(), actorId, subject, address, detail)
                .update();
    }

    /** The newest entries, of this type and this (normalised) subject when given. */
    List<SecurityEvent> newest(int limit, Type type, String subject) {
        StringBuilder sql = new StringBuilder("SELECT e.id, e.occurred_at, e.type, e.actor_id, e.subject, e.address, e.detail, a.display_name, a.email "
                + "FROM security_event e LEFT JOIN account a ON a.id = e.actor_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (type != null) {
            sql.append(" AND e.type = ?");
            params.add(type.name());
        }
        if (subject != null) {
            sql.append(" AND e.subject = ?");
            params.add(subject);
        }
        sql.append(" ORDER BY e.id DESC LIMIT ").append(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new SecurityEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), Type.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    long count(Type type, String subject, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM security_event WHERE type = ? AND subject = ? AND occurred_at > ?")
                .params(type.name(), subject, ts(since)).query(Long.class).single();
    }
}
