package id.go.bnn.pasarbersinar.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Group memberships with each member's account name and chosen pseudonym, in plain SQL. */
@Repository
public class MembershipStore {

    private final JdbcClient jdbc;

    MembershipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record MemberRow(long accountId, String name, String email, boolean owner, Instant joinedAt, String publicName) {
    }

    public List<MemberRow> members(long groupId) {
        return jdbc.sql("SELECT a.id, a.display_name, a.email, m.owner, m.joined_at, m.public_name FROM group_membership m "
                        + "JOIN account a ON a.id = m.account_id WHERE m.group_id = ? ORDER BY m.joined_at, a.id")
                .param(groupId)
                .query((rs, row) -> new MemberRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        instant(rs.getTimestamp(5)), rs.getString(6)))
                .list();
    }

    public Optional<MemberRow> member(long groupId, long accountId) {
        return members(groupId).stream().filter(member -> member.accountId() == accountId).findFirst();
    }

    /** Ends a membership: a plain row deletion, which the next request of that person already sees. */
    public boolean remove(long groupId, long accountId) {
        return jdbc.sql("DELETE FROM group_membership WHERE group_id = ? AND account_id = ?").params(groupId, accountId).update() > 0;
    }

    public void changePublicName(long groupId, long accountId, String publicName) {
        jdbc.sql("UPDATE group_membership SET public_name = ? WHERE group_id = ? AND account_id = ?")
                .params(publicName, groupId, accountId).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
