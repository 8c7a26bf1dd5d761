package org.anhduong.identity.internal;

import org.anhduong.identity.ApiToken;
import org.anhduong.identity.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A bearer token with its user, for authenticating an API request in one statement: every API request does it, so it
 * is one round trip rather than four (token, user, roles, localities), and the user's encrypted personal columns
 * (e-mail, phone) are neither read nor decrypted, as nothing authenticating needs them.
 */
@Repository
class TokenHolders {

    /** One row per role and locality of the user (a user has a few of each). */
    private static final String SQL = """
            SELECT t.id, t.user_id, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at,
                   u.username, u.full_name, u.organisation_id, u.active, u.locked, u.locked_until,
                   u.must_change_password, u.last_login_at, u.version, r.role_code, l.locality_code
            FROM api_tokens t
            JOIN users u ON u.id = t.user_id
            LEFT JOIN user_roles r ON r.user_id = u.id
            LEFT JOIN user_localities l ON l.user_id = u.id
            WHERE t.token_hash = :hash""";

    /** The token and its user; the user's e-mail and phone are left out (null). */
    record Holder(ApiToken token, UserAccount user) {
    }

    private final JdbcClient jdbc;

    TokenHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Holder> findByHash(String hash) {
        var rows = new Rows();
        jdbc.sql(SQL).param("hash", hash).query(rows::add);
        return Optional.ofNullable(rows.holder());
    }

    private static final class Rows {

        private @Nullable ResultSetValues first;
        private final SortedSet<String> roles = new TreeSet<>();
        private final SortedSet<String> localities = new TreeSet<>();

        void add(ResultSet rs) throws SQLException {
            if (first == null) {
                first = ResultSetValues.of(rs);
            }
            String role = rs.getString("role_code");
            if (role != null) {
                roles.add(role);
            }
            String locality = rs.getString("locality_code");
            if (locality != null) {
                localities.add(locality);
            }
        }

        @Nullable Holder holder() {
            if (first == null) {
                return null;
            }
            UserAccount user = first.user(Collections.unmodifiableSortedSet(roles),
                    Collections.unmodifiableSortedSet(localities));
            return new Holder(first.token(), user);
        }
    }

    private record ResultSetValues(ApiToken token, long userId, String username, String fullName, long organisationId,
                                   boolean active, boolean locked, @Nullable Instant lockedUntil,
                                   boolean mustChangePassword, @Nullable Instant lastLoginAt, int version) {

        static ResultSetValues of(ResultSet rs) throws SQLException {
            ApiToken token = new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
                    rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                    instant(rs, "last_used_at"), instant(rs, "revoked_at"));
            return new ResultSetValues(token, token.userId(), rs.getString("username"), rs.getString("full_name"),
                    rs.getLong("organisation_id"), rs.getBoolean("active"), rs.getBoolean("locked"),
                    instant(rs, "locked_until"), rs.getBoolean("must_change_password"), instant(rs, "last_login_at"),
                    rs.getInt("version"));
        }

        UserAccount user(java.util.Set<String> roles, java.util.Set<String> localities) {
            return new UserAccount(userId, username, fullName, null, null, organisationId, roles, localities, active,
                    locked, lockedUntil, mustChangePassword, lastLoginAt, version);
        }

        private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
            Timestamp value = rs.getTimestamp(column);
            return value == null ? null : value.toInstant();
        }
    }
}
