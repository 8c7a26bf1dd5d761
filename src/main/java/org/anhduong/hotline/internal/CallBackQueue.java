package org.anhduong.hotline.internal;

import org.anhduong.hotline.CallBack;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Outcome;
import org.anhduong.hotline.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * The call-back queue in one statement. The organisation's recent missed calls and scheduled call-backs come from the
 * organisation index (organisation_id, received_at, contact_type, outcome, do_not_call_back), which holds what the
 * WHERE clause filters on, so contacts that are neither are skipped without being read; for each candidate, the
 * caller index answers whether the number has a newer contact (then the call-back happened, or the newer one is the
 * candidate) or any "do not call back" contact (then it never is one). The newer-contact test is bounded below by the
 * candidate's time, so for a busy number it reads the few index entries from that time on, not the whole number.
 */
@Repository
class CallBackQueue {

    private static final String SQL = """
            SELECT c.id, c.received_at, c.contact_type, c.outcome, c.urgency, c.gbv_related, c.line_id,
                   c.call_back_from, c.call_back_to, COALESCE(c.call_back_due, c.received_at) AS due
            FROM hotline_contacts c
            WHERE c.organisation_id = :org AND c.received_at >= :since AND c.phone_bidx IS NOT NULL
              AND (c.outcome = 'CALL_BACK_SCHEDULED' OR c.contact_type = 'MISSED') AND c.do_not_call_back = FALSE
              AND NOT EXISTS (SELECT 1 FROM hotline_contacts n
                              WHERE n.phone_bidx = c.phone_bidx AND n.organisation_id = c.organisation_id
                                AND n.received_at >= c.received_at
                                AND (n.received_at > c.received_at OR n.id > c.id))
              AND NOT EXISTS (SELECT 1 FROM hotline_contacts n
                              WHERE n.phone_bidx = c.phone_bidx AND n.organisation_id = c.organisation_id
                                AND n.do_not_call_back = TRUE)
            ORDER BY due, c.id
            LIMIT :limit""";

    private final JdbcClient jdbc;

    CallBackQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CallBack> of(long organisationId, Instant since, int limit) {
        return jdbc.sql(SQL).param("org", organisationId).param("since", Timestamp.from(since)).param("limit", limit)
                .query(CallBackQueue::map).list();
    }

    private static CallBack map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        long line = rs.getLong("line_id");
        Long lineId = rs.wasNull() ? null : line;
        return new CallBack(rs.getLong("id"), ContactRows.instant(rs, "received_at"), ContactRows.instant(rs, "due"),
                ContactType.valueOf(rs.getString("contact_type")), outcome == null ? null : Outcome.valueOf(outcome),
                Urgency.valueOf(rs.getString("urgency")), rs.getBoolean("gbv_related"), lineId,
                rs.getObject("call_back_from", LocalTime.class), rs.getObject("call_back_to", LocalTime.class));
    }
}
