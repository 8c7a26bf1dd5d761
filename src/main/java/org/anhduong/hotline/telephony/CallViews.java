package org.anhduong.hotline.telephony;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The telephony_call_views table: who has been shown which call's number. The live-call screen polls every few
 * seconds; the first showing is audited, the repeats are not, or the audit trail would drown in polls.
 */
@Repository
class CallViews {

    private final JdbcClient jdbc;

    CallViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time the call is shown to the user. ON CONFLICT works on PostgreSQL and on H2 in its mode. */
    boolean firstShowing(long callRow, long userId, Instant now) {
        return jdbc.sql("""
                        INSERT INTO telephony_call_views (call_row, user_id, first_shown_at) VALUES (:call, :user, :now)
                        ON CONFLICT DO NOTHING""")
                .param("call", callRow).param("user", userId).param("now", Timestamp.from(now)).update() == 1;
    }
}
