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
    record Row(long id, long referralId, long caseId, long recipientOrganisationId, String kind, Instant createdAt,
               boolean read) {
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
        return jdbc.sql("SELECT n.id, n.referral_id, r.case_id, r.recipient_organisation_id, n.kind, n.created_at,"
                        + " n.read_at FROM referral_notifications n JOIN referral_referrals r ON r.id = n.referral_id"
                        + " WHERE n.user_id = :u ORDER BY n.created_at DESC, n.id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param("u", userId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("referral_id"), rs.getLong("case_id"),
                        rs.getLong("recipient_organisation_id"), rs.getString("kind"),
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
