package id.go.bnn.pasarbersinar.identity.internal;

import id.go.bnn.pasarbersinar.identity.AccountException;
import id.go.bnn.pasarbersinar.identity.SavedAddress;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts with their roles, curated provinces, group memberships and saved addresses, in plain SQL. */
@Repository
public class AccountStore {

    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record AccountRow(long id, String email, String passwordHash, String name, String phone, Instant emailVerifiedAt,
            String totpSecret, boolean totpEnabled) {
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The normalised address, or a refusal the person can read when it is not an e-mail address. */
    public static String checkedEmail(String email) {
        String normalized = normalizeEmail(email);
        if (!normalized.matches(EMAIL) || normalized.length() > 254) {
            throw new AccountException("identity.error.email-invalid");
        }
        return normalized;
    }

    public long create(String email, String passwordHash, String name, boolean verified, boolean demo, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (email, password_hash, display_name, email_verified_at, totp_enabled, demo, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, 0)")
                .params(normalizeEmail(email), passwordHash, name, verified ? ts(now) : null, demo, ts(now), ts(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<AccountRow> findByEmail(String email) {
        return jdbc.sql("SELECT id, email, password_hash, display_name, phone, email_verified_at, totp_secret, totp_enabled FROM account WHERE email = ?")
                .param(normalizeEmail(email)).query(AccountStore::row).optional();
    }

    public Optional<AccountRow> find(long id) {
        return jdbc.sql("SELECT id, email, password_hash, display_name, phone, email_verified_at, totp_secret, totp_enabled FROM account WHERE id = ?")
                .param(id).query(AccountStore::row).optional();
    }

    public boolean existsByEmail(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?").param(normalizeEmail(email)).query(Long.class).single() > 0;
    }

    public void markEmailVerified(long id, Instant now) {
        jdbc.sql("UPDATE account SET email_verified_at = COALESCE(email_verified_at, ?), updated_at = ? WHERE id = ?")
                .params(ts(now), ts(now), id).update();
    }

    /** The same password stored with a stronger hash: sessions stay signed in. */
    public void changePasswordHash(long id, String hash, Instant now) {
        jdbc.sql("UPDATE account SET password_hash = ?, updated_at = ?, version = version + 1 WHERE id = ?").params(hash, ts(now), id).update();
    }

    /** A new password (changed or reset): every session signed in with an older one ends on its next request. */
    public long changePassword(long id, String hash, Instant now) {
        jdbc.sql("UPDATE account SET password_hash = ?, updated_at = ?, version = version + 1, credentials_stamp = credentials_stamp + 1 "
                + "WHERE id = ?").params(hash, ts(now), id).update();
        return credentialsStamp(id);
    }

    public long credentialsStamp(long id) {
        return jdbc.sql("SELECT credentials_stamp FROM account WHERE id = ?").param(id).query(Long.class).optional().orElse(0L);
    }

    /** What a signed-in session's caller is made of, read fresh in one indexed query per request. */
    public record Standing(String email, long credentialsStamp, boolean totpEnabled, Set<Role> roles, Set<String> provinces,
            java.util.SortedSet<Long> groups) {

        /** The caller these rows give, acting for the same group as before while still a member of it. */
        public Caller caller(long accountId, Long actingGroup) {
            Set<Role> effective = EnumSet.noneOf(Role.class);
            effective.addAll(roles);
            if (!totpEnabled) {
                effective.remove(Role.ADMIN);
                effective.remove(Role.CURATOR);
            }
            Set<Long> memberOf = effective.contains(Role.PRODUCER) ? groups : Set.of();
            Set<String> curated = effective.contains(Role.CURATOR) ? provinces : Set.of();
            Long acting = actingGroup != null && memberOf.contains(actingGroup) ? actingGroup
                    : memberOf.isEmpty() ? null : groups.first();
            return new Caller(accountId, email, effective, curated, memberOf, acting, false);
        }
    }

    public Optional<Standing> standing(long id) {
        /** One row of the union: the account ({@code s}), a role ({@code r}), a province ({@code p}) or a group ({@code g}). */
        record Part(String kind, String text, long number, boolean flag) {
        }
        var rows = jdbc.sql("SELECT 's', email, credentials_stamp, totp_enabled FROM account WHERE id = ? "
                        + "UNION ALL SELECT 'r', role, 0, FALSE FROM account_role WHERE account_id = ? "
                        + "UNION ALL SELECT 'p', province_code, 0, FALSE FROM curator_province WHERE account_id = ? "
                        + "UNION ALL SELECT 'g', NULL, group_id, FALSE FROM group_membership WHERE account_id = ?")
                .params(id, id, id, id)
                .query((rs, n) -> new Part(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4))).list();
        String email = null;
        long stamp = 0;
        boolean totp = false;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> provinces = new HashSet<>();
        java.util.SortedSet<Long> groups = new java.util.TreeSet<>();
        for (Part row : rows) {
            switch (row.kind()) {
                case "s" -> {
                    email = row.text();
                    stamp = row.number();
                    totp = row.flag();
                }
                case "r" -> roles.add(Role.valueOf(row.text()));
                case "p" -> provinces.add(row.text());
                default -> groups.add(row.number());
            }
        }
        return email == null ? Optional.empty() : Optional.of(new Standing(email, stamp, totp, roles, provinces, groups));
    }

    public void changeProfile(long id, String name, String phone, Instant now) {
        jdbc.sql("UPDATE account SET display_name = ?, phone = ?, updated_at = ? WHERE id = ?").params(name, phone, ts(now), id).update();
    }

    public void changeTotp(long id, String secret, boolean enabled, Instant now) {
        // A new (or no) secret starts without a used step; switching on keeps the step the confirming code used.
        jdbc.sql("UPDATE account SET totp_secret = ?, totp_enabled = ?, totp_last_step = CASE WHEN ? THEN totp_last_step ELSE NULL END, "
                        + "updated_at = ? WHERE id = ?")
                .params(secret, enabled, enabled, ts(now), id).update();
    }

    /** Records the step of an accepted code, once: false when that code (or a later one) was used already, on any node. */
    public boolean useTotpStep(long id, long step) {
        return jdbc.sql("UPDATE account SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)")
                .params(step, id, step).update() == 1;
    }

    public Set<Role> roles(long id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM account_role WHERE account_id = ?").param(id).query(String.class).list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM account_role WHERE role = ?").param(role.name()).query(Long.class).single() > 0;
    }

    public void grant(long id, Role role) {
        if (!roles(id).contains(role)) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
    }

    public Set<String> provinces(long id) {
        return new HashSet<>(jdbc.sql("SELECT province_code FROM curator_province WHERE account_id = ?").param(id).query(String.class).list());
    }

    public void addProvince(long id, String provinceCode) {
        if (!provinces(id).contains(provinceCode)) {
            jdbc.sql("INSERT INTO curator_province (account_id, province_code) VALUES (?, ?)").params(id, provinceCode).update();
        }
    }


    public List<Long> groups(long id) {
        return jdbc.sql("SELECT group_id FROM group_membership WHERE account_id = ? ORDER BY joined_at, group_id").param(id).query(Long.class).list();
    }

    /** The e-mail addresses of a group's members (for mail to the group), in order of joining. */
    public List<String> memberEmails(long groupId) {
        return jdbc.sql("SELECT a.email FROM group_membership m JOIN account a ON a.id = m.account_id WHERE m.group_id = ? "
                        + "ORDER BY m.joined_at, a.id").param(groupId).query(String.class).list();
    }

    public boolean owns(long accountId, long groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM group_membership WHERE account_id = ? AND group_id = ? AND owner = TRUE")
                .params(accountId, groupId).query(Long.class).single() > 0;
    }

    public void join(long accountId, long groupId, boolean owner, Instant now) {
        int updated = jdbc.sql("UPDATE group_membership SET owner = (owner OR ?) WHERE account_id = ? AND group_id = ?")
                .params(owner, accountId, groupId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO group_membership (account_id, group_id, owner, joined_at) VALUES (?, ?, ?, ?)")
                    .params(accountId, groupId, owner, ts(now)).update();
        }
    }

    /** The caller model of an account; staff roles only count with a second factor (they are withheld otherwise). */
    public Caller caller(AccountRow account) {
        Set<Role> roles = roles(account.id());
        if (!account.totpEnabled()) {
            roles.remove(Role.ADMIN);
            roles.remove(Role.CURATOR);
        }
        List<Long> groups = roles.contains(Role.PRODUCER) ? groups(account.id()) : List.of();
        Set<String> provinces = roles.contains(Role.CURATOR) ? provinces(account.id()) : Set.of();
        return new Caller(account.id(), account.email(), roles, provinces, new HashSet<>(groups),
                groups.isEmpty() ? null : groups.getFirst(), false);
    }

    public List<SavedAddress> addresses(long accountId) {
        return jdbc.sql("SELECT id, label, recipient, phone, street, district, city, province_code, postal_code FROM saved_address "
                        + "WHERE account_id = ? ORDER BY id")
                .param(accountId)
                .query((rs, n) -> new SavedAddress(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    public Optional<Long> addressOwner(long addressId) {
        return jdbc.sql("SELECT account_id FROM saved_address WHERE id = ?").param(addressId).query(Long.class).optional();
    }

    public long addAddress(long accountId, SavedAddress address, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO saved_address (account_id, label, recipient, phone, street, district, city, province_code, postal_code, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(accountId, address.label(), address.recipient(), address.phone(), address.street(), address.district(),
                        address.city(), address.provinceCode(), address.postalCode(), ts(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void removeAddress(long addressId) {
        jdbc.sql("DELETE FROM saved_address WHERE id = ?").param(addressId).update();
    }

    private static AccountRow row(ResultSet rs, int n) throws SQLException {
        Timestamp verified = rs.getTimestamp(6);
        return new AccountRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                verified == null ? null : verified.toInstant(), rs.getString(7), rs.getBoolean(8));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

}
