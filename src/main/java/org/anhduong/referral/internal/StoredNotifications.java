package org.anhduong.referral.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** In-application notifications about referrals: to whom, which referral, what happened; never the content. */
@Repository
class StoredNotifications {

    /** One notification with what the list shows of its referral. */
    record Row(long id, long referralId, String kind, Instant createdAt, boolean read) {
    }

    private final JdbcClient jdbc;

    StoredNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long userId, long referralId, String kind, Instant at) {
        jdbc.sql("INSERT INTO referral_notifications (user_id, referral_id, kind, created_at) VALUES (:u, :r, :k, :at)")
                .param("u", userId).param("r", referralId).param("k", kind).param("at", Timestamp.from(at)).update();
    }

    List<Row> of(long userId, int limit) {
        return jdbc.sql("SELECT id, referral_id, kind, created_at, read_at FROM referral_notifications"
                        + " WHERE user_id = :u ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param("u", userId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("referral_id"), rs.getString("kind"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null)).list();
    }

    long unread(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM referral_notifications WHERE user_id = :u AND read_at IS NULL")
                .param("u", userId).query(Long.class).single();
    }

    void markRead(long userId, Instant at) {
        jdbc.sql("UPDATE referral_notifications SET read_at = :at WHERE user_id = :u AND read_at IS NULL")
                .param("u", userId).param("at", Timestamp.from(at)).update();
    }
}
