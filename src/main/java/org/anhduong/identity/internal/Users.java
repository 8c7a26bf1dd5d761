package org.anhduong.identity.internal;

import org.anhduong.identity.UserAccount;
import org.anhduong.identity.UserName;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
    private static final int IN_LIST = 1000;

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
        return withCodes(jdbc.sql("SELECT * FROM users WHERE id = :id").param("id", id).query(this::map).list())
                .stream().findFirst();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return withCodes(jdbc.sql("SELECT * FROM users WHERE username = :u").param("u", username)
                .query(this::map).list()).stream().findFirst();
    }

    /** The users with these ids that exist, in no particular order: three statements however many there are. */
    public List<UserAccount> findAll(Collection<Long> ids) {
        List<UserAccount> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            found.addAll(jdbc.sql("SELECT * FROM users WHERE id IN (:ids)").param("ids", chunk)
                    .query(this::map).list());
        }
        return withCodes(found);
    }

    /** Full names by id of the users with these ids that exist; nothing decrypted, no roles read. */
    public Map<Long, String> fullNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("SELECT id, full_name FROM users WHERE id IN (:ids)").param("ids", chunk)
                    .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }

    /** Active users of an organisation who hold the role, by name. */
    public List<UserAccount> activeWithRole(long organisationId, String role) {
        return withCodes(jdbc.sql("""
                        SELECT * FROM users u
                        WHERE u.organisation_id = :org AND u.active = TRUE
                          AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role_code = :role)
                        ORDER BY u.full_name_folded, u.id""")
                .param("org", organisationId).param("role", role)
                .query(this::map).list());
    }

    /** The ids and names of the users {@link #activeWithRole} finds, by name; nothing decrypted, no roles read. */
    public List<UserName> activeNamesWithRole(long organisationId, String role) {
        return jdbc.sql("""
                        SELECT u.id, u.full_name FROM users u
                        WHERE u.organisation_id = :org AND u.active = TRUE
                          AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role_code = :role)
                        ORDER BY u.full_name_folded, u.id""")
                .param("org", organisationId).param("role", role)
                .query((rs, row) -> new UserName(rs.getLong(1), rs.getString(2))).list();
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
        return withCodes(jdbc.sql("""
                        SELECT * FROM users
                        WHERE (:q = '' OR full_name_folded LIKE :pattern ESCAPE '\\' OR username LIKE :pattern ESCAPE '\\')
                          AND (CAST(:org AS BIGINT) IS NULL OR organisation_id = :org)
                        ORDER BY full_name_folded, id""")
                .param("q", folded)
                .param("pattern", "%" + Like.escape(folded) + "%")
                .param("org", organisationId)
                .query(this::map)
                .list());
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

    /** A user's row; roles and localities are filled in by {@link #withCodes}. */
    private UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                cipher.decrypt(rs.getString("email_enc"), EMAIL_CONTEXT),
                cipher.decrypt(rs.getString("phone_enc"), PHONE_CONTEXT),
                rs.getLong("organisation_id"), Set.of(), Set.of(),
                rs.getBoolean("active"), rs.getBoolean("locked"),
                lockedUntil == null ? null : lockedUntil.toInstant(), rs.getBoolean("must_change_password"),
                lastLogin == null ? null : lastLogin.toInstant(), rs.getInt("version"));
    }

    /**
     * The users with their roles and localities, read for all of them at once: two statements per thousand users
     * rather than two per user, since lists of a whole organisation are read on busy pages (assigning a case).
     */
    private List<UserAccount> withCodes(List<UserAccount> found) {
        if (found.isEmpty()) {
            return found;
        }
        List<Long> ids = found.stream().map(UserAccount::id).distinct().toList();
        Map<Long, Set<String>> roles = codes("SELECT user_id, role_code FROM user_roles WHERE user_id IN (:ids)", ids);
        Map<Long, Set<String>> localities =
                codes("SELECT user_id, locality_code FROM user_localities WHERE user_id IN (:ids)", ids);
        return found.stream().map(u -> new UserAccount(u.id(), u.username(), u.fullName(), u.email(), u.phone(),
                u.organisationId(), sorted(roles.get(u.id())), sorted(localities.get(u.id())), u.active(), u.locked(),
                u.lockedUntil(), u.mustChangePassword(), u.lastLoginAt(), u.version())).toList();
    }

    /** Codes by user id, from a query that selects the user id and a code. */
    private Map<Long, Set<String>> codes(String sql, List<Long> ids) {
        Map<Long, Set<String>> codes = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql(sql).param("ids", chunk).query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(e -> codes.computeIfAbsent(e.getKey(), id -> new TreeSet<>()).add(e.getValue()));
        }
        return codes;
    }

    private static Set<String> sorted(@Nullable Set<String> codes) {
        return Collections.unmodifiableSortedSet(codes == null ? new TreeSet<>() : new TreeSet<>(codes));
    }

    /** Ids in groups small enough for an IN list on every database. */
    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return chunks;
    }

    /** Roles that exist (seeded or added by an administrator), by code. */
    public List<String> roleCodes() {
        return jdbc.sql("SELECT code FROM roles ORDER BY code").query(String.class).list();
    }
}
