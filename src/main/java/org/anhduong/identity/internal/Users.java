package org.anhduong.identity.internal;

import org.anhduong.identity.UserAccount;
import org.anhduong.platform.crypto.FieldCipher;
import org.anhduong.platform.text.VietnameseText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Users with their roles and localities. E-mail and phone are stored encrypted. */
@Repository
public class Users {

    static final String EMAIL_CONTEXT = "identity.user.email";
    static final String PHONE_CONTEXT = "identity.user.phone";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Users(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public long insert(UserData data, String passwordHash, boolean mustChangePassword, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO users (username, full_name, full_name_folded, email_enc, phone_enc, organisation_id,
                                           password_hash, must_change_password, active, locked, failed_attempts,
                                           password_changed_at, version, created_at, updated_at)
                        VALUES (:username, :name, :folded, :email, :phone, :organisation, :hash, :mustChange, :active,
                                FALSE, 0, :now, 0, :now, :now)""")
                .params(params(data))
                .param("hash", passwordHash)
                .param("mustChange", mustChangePassword)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceRolesAndLocalities(id, data);
        return id;
    }

    public boolean update(long id, int version, UserData data, Instant now) {
        int rows = jdbc.sql("""
                        UPDATE users SET full_name = :name, full_name_folded = :folded, email_enc = :email,
                               phone_enc = :phone, organisation_id = :organisation, active = :active,
                               version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .params(params(data))
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", version)
                .update();
        if (rows == 1) {
            replaceRolesAndLocalities(id, data);
        }
        return rows == 1;
    }

    public Optional<UserAccount> find(long id) {
        return jdbc.sql("SELECT * FROM users WHERE id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM users WHERE username = :u").param("u", username).query(this::map).optional();
    }

    public Optional<String> passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM users WHERE id = :id").param("id", id).query(String.class).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE username = :u").param("u", username).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    /** Users whose folded name or username contains the folded query, optionally of one organisation, by name. */
    public List<UserAccount> list(@Nullable String query, @Nullable Long organisationId) {
        String folded = query == null ? "" : VietnameseText.fold(query);
        return jdbc.sql("""
                        SELECT * FROM users
                        WHERE (:q = '' OR full_name_folded LIKE :pattern ESCAPE '\\' OR username LIKE :pattern ESCAPE '\\')
                          AND (CAST(:org AS BIGINT) IS NULL OR organisation_id = :org)
                        ORDER BY full_name_folded, id""")
                .param("q", folded)
                .param("pattern", "%" + Like.escape(folded) + "%")
                .param("org", organisationId)
                .query(this::map)
                .list();
    }

    public void setPassword(long id, String hash, boolean mustChange, Instant now) {
        jdbc.sql("""
                        UPDATE users SET password_hash = :hash, must_change_password = :mustChange, password_changed_at = :now,
                               failed_attempts = 0, locked_until = NULL, version = version + 1, updated_at = :now
                        WHERE id = :id""")
                .param("hash", hash).param("mustChange", mustChange).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    public void setLocked(long id, boolean locked, Instant now) {
        jdbc.sql("""
                        UPDATE users SET locked = :locked, failed_attempts = 0, locked_until = NULL, version = version + 1,
                               updated_at = :now
                        WHERE id = :id""")
                .param("locked", locked).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Counts a failed sign-in and returns the new count; locks until {@code lockUntil} once the limit is reached. */
    public int recordFailure(long id, int limit, Instant lockUntil) {
        jdbc.sql("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = :id").param("id", id).update();
        int attempts = jdbc.sql("SELECT failed_attempts FROM users WHERE id = :id").param("id", id).query(Integer.class).single();
        if (attempts >= limit) {
            jdbc.sql("UPDATE users SET locked_until = :until, failed_attempts = 0 WHERE id = :id")
                    .param("until", Timestamp.from(lockUntil)).param("id", id).update();
        }
        return attempts;
    }

    public void recordSuccess(long id, Instant now) {
        jdbc.sql("UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    private Map<String, Object> params(UserData data) {
        var params = new HashMap<String, Object>();
        params.put("username", data.username());
        params.put("name", data.fullName());
        params.put("folded", VietnameseText.fold(data.fullName()));
        params.put("email", cipher.encrypt(data.email(), EMAIL_CONTEXT));
        params.put("phone", cipher.encrypt(data.phone(), PHONE_CONTEXT));
        params.put("organisation", data.organisationId());
        params.put("active", data.active());
        return params;
    }

    private void replaceRolesAndLocalities(long id, UserData data) {
        jdbc.sql("DELETE FROM user_roles WHERE user_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM user_localities WHERE user_id = :id").param("id", id).update();
        for (String role : data.roles()) {
            jdbc.sql("INSERT INTO user_roles (user_id, role_code) VALUES (:id, :role)").param("id", id).param("role", role).update();
        }
        for (String code : data.localities()) {
            jdbc.sql("INSERT INTO user_localities (user_id, locality_code) VALUES (:id, :code)").param("id", id).param("code", code).update();
        }
    }

    private UserAccount map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new UserAccount(id, rs.getString("username"), rs.getString("full_name"),
                cipher.decrypt(rs.getString("email_enc"), EMAIL_CONTEXT),
                cipher.decrypt(rs.getString("phone_enc"), PHONE_CONTEXT),
                rs.getLong("organisation_id"), codes("SELECT role_code FROM user_roles WHERE user_id = :id", id),
                codes("SELECT locality_code FROM user_localities WHERE user_id = :id", id),
                rs.getBoolean("active"), rs.getBoolean("locked"),
                lockedUntil == null ? null : lockedUntil.toInstant(), rs.getBoolean("must_change_password"),
                lastLogin == null ? null : lastLogin.toInstant(), rs.getInt("version"));
    }

    private Set<String> codes(String sql, long id) {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(jdbc.sql(sql).param("id", id).query(String.class).list()));
    }

    /** Roles that exist (seeded or added by an administrator), by code. */
    public List<String> roleCodes() {
        return jdbc.sql("SELECT code FROM roles ORDER BY code").query(String.class).list();
    }
}
