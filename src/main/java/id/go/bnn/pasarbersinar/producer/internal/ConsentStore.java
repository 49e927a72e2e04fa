package id.go.bnn.pasarbersinar.producer.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of the groups' consents: every switch, with who made it and when. */
@Repository
public class ConsentStore {

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordImpactConsent(long groupId, boolean granted, Long accountId, Instant at) {
        jdbc.sql("INSERT INTO producer_group_consent (group_id, subject, granted, account_id, changed_at) VALUES (?, 'IMPACT_EARNINGS', ?, ?, ?)")
                .params(groupId, granted, accountId, Timestamp.from(at)).update();
    }
}
