package org.anhduong.hotline.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The hotline_idempotency table. A key is claimed (inserted) with the contact it created, in the contact's
 * transaction: a concurrent request with the same key waits on the primary key and then fails with a duplicate key,
 * so its transaction, and the second contact it wrote, roll back.
 */
@Repository
class IdempotencyKeys {

    /** A claimed key: the fingerprint of the request that claimed it and the contact it created. */
    record Claim(String fingerprint, long contactId) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Claim> find(long userId, String key) {
        return jdbc.sql("SELECT fingerprint, contact_id FROM hotline_idempotency WHERE user_id = :user AND idem_key = :key")
                .param("user", userId).param("key", key)
                .query((rs, row) -> new Claim(rs.getString(1), rs.getLong(2)))
                .optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another request claimed the key first */
    void claim(long userId, String key, String fingerprint, long contactId, Instant now) {
        jdbc.sql("""
                        INSERT INTO hotline_idempotency (user_id, idem_key, fingerprint, contact_id, created_at)
                        VALUES (:user, :key, :fp, :contact, :now)""")
                .param("user", userId).param("key", key).param("fp", fingerprint).param("contact", contactId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Forgets the keys claimed before the time; how many. */
    int deleteClaimedBefore(Instant time) {
        return jdbc.sql("DELETE FROM hotline_idempotency WHERE created_at < :time").param("time", Timestamp.from(time))
                .update();
    }

}
