package org.anhduong.hotline.internal;

import org.anhduong.hotline.LiveCallDraft;
import org.anhduong.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The hotline_drafts table: one encrypted draft per user. */
@Repository
class Drafts {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Drafts(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void save(long userId, String payload, Instant now) {
        String sealed = cipher.encrypt(payload, HotlineColumns.DRAFT);
        int rows = jdbc.sql("UPDATE hotline_drafts SET payload_enc = :payload, saved_at = :now WHERE user_id = :user")
                .param("payload", sealed).param("now", Timestamp.from(now)).param("user", userId).update();
        if (rows == 0) {
            jdbc.sql("INSERT INTO hotline_drafts (user_id, payload_enc, saved_at) VALUES (:user, :payload, :now)")
                    .param("user", userId).param("payload", sealed).param("now", Timestamp.from(now)).update();
        }
    }

    Optional<LiveCallDraft> find(long userId) {
        return jdbc.sql("SELECT payload_enc, saved_at FROM hotline_drafts WHERE user_id = :user").param("user", userId)
                .query((rs, row) -> new LiveCallDraft(userId,
                        Objects.requireNonNull(cipher.decrypt(rs.getString(1), HotlineColumns.DRAFT)),
                        rs.getTimestamp(2).toInstant()))
                .optional();
    }

    void delete(long userId) {
        jdbc.sql("DELETE FROM hotline_drafts WHERE user_id = :user").param("user", userId).update();
    }
}
