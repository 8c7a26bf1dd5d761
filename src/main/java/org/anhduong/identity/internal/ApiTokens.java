package org.anhduong.identity.internal;

import org.anhduong.identity.ApiToken;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API tokens, stored as SHA-256 hashes of the secret. */
@Repository
public class ApiTokens {

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String hash, String name, Instant now, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO api_tokens (user_id, token_hash, name, created_at, expires_at)
                        VALUES (:user, :hash, :name, :now, :expires)""")
                .param("user", userId).param("hash", hash).param("name", name)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE id = :id").param("id", id).query(ApiTokens::map).optional();
    }

    /** Tokens of one user, or of everyone when {@code userId} is null; newest first. */
    public List<ApiToken> list(@Nullable Long userId) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE CAST(:user AS BIGINT) IS NULL OR user_id = :user ORDER BY created_at DESC, id DESC")
                .param("user", userId).query(ApiTokens::map).list();
    }

    public boolean revoke(long id, Instant now) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    public void revokeAllOf(long userId, Instant now) {
        jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
                .param("now", Timestamp.from(now)).param("user", userId).update();
    }

    /** Records use at most every few minutes, so reading the API does not turn every request into a write. */
    public void touch(long id, Instant now, Instant notSince) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :since)")
                .param("now", Timestamp.from(now)).param("id", id).param("since", Timestamp.from(notSince)).update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        Timestamp used = rs.getTimestamp("last_used_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                used == null ? null : used.toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
