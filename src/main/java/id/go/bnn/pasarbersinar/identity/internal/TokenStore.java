package id.go.bnn.pasarbersinar.identity.internal;

import static id.go.bnn.pasarbersinar.identity.internal.AccountStore.ts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use, expiring tokens for mailed links (e-mail verification, password reset, invitations) and the first
 * administrator's link printed at start-up. The link carries a
 * random 256-bit token; the database keeps only its SHA-256. Using a token is one conditional UPDATE, so two nodes
 * (or two clicks) can never both use it.
 */
@Repository
public class TokenStore {

    /** {@code FIRST_ADMIN}: the link printed at start-up while no administrator exists (its email is chosen on use). */
    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, INVITATION, FIRST_ADMIN }

    public record Token(long id, Purpose purpose, Long accountId, String email, String role, String provinceCode, Long groupId,
            Long invitedBy) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a token and returns the secret for the link. */
    public String issue(Purpose purpose, Long accountId, String email, String role, String provinceCode, Long groupId, Long invitedBy,
            Instant now, Duration validFor) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("INSERT INTO account_token (token_hash, purpose, account_id, email, role, province_code, group_id, invited_by, expires_at, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(hash(token), purpose.name(), accountId, email, role, provinceCode, groupId, invitedBy, ts(now.plus(validFor)), ts(now))
                .update();
        return token;
    }

    /** Uses a token once: empty when it is unknown, of another purpose, used already or expired. */
    public Optional<Token> use(Purpose purpose, String token, Instant now) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        String hash = hash(token);
        int used = jdbc.sql("UPDATE account_token SET used_at = ? WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?")
                .params(ts(now), hash, purpose.name(), ts(now)).update();
        if (used != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, purpose, account_id, email, role, province_code, group_id, invited_by FROM account_token WHERE token_hash = ?")
                .param(hash)
                .query((rs, n) -> new Token(rs.getLong(1), Purpose.valueOf(rs.getString(2)), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class), rs.getObject(8, Long.class)))
                .optional();
    }

    /** Whether a token would still be accepted, without using it (to show the right form). */
    public Optional<Token> peek(Purpose purpose, String token, Instant now) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, purpose, account_id, email, role, province_code, group_id, invited_by FROM account_token "
                        + "WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?")
                .params(hash(token), purpose.name(), ts(now))
                .query((rs, n) -> new Token(rs.getLong(1), Purpose.valueOf(rs.getString(2)), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class), rs.getObject(8, Long.class)))
                .optional();
    }

    /** When the newest token of this purpose that still works was issued, if one does. */
    public Optional<Instant> newestOpen(Purpose purpose, Instant now) {
        return jdbc.sql("SELECT created_at FROM account_token WHERE purpose = ? AND used_at IS NULL AND expires_at > ? "
                        + "ORDER BY created_at DESC LIMIT 1")
                .params(purpose.name(), ts(now))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** A new reset link makes the older unused ones worthless. */
    public void revokeOpen(Purpose purpose, long accountId, Instant now) {
        jdbc.sql("UPDATE account_token SET used_at = ? WHERE purpose = ? AND account_id = ? AND used_at IS NULL")
                .params(ts(now), purpose.name(), accountId).update();
    }

    /** Every unused token of this purpose stops working (the first administrator's link, once there is another). */
    public void revokeOpen(Purpose purpose, Instant now) {
        jdbc.sql("UPDATE account_token SET used_at = ? WHERE purpose = ? AND used_at IS NULL").params(ts(now), purpose.name()).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
