package org.anhduong.hotline.internal;

import org.anhduong.hotline.CallerCase;
import org.anhduong.hotline.CallerHistory;
import org.anhduong.hotline.ContactSummary;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A number's history in two statements over the caller index (phone_bidx, organisation_id, received_at, flags): the
 * totals and flags of every contact of the organisation from that number (from the index alone on PostgreSQL), and the
 * newest {@link Hotline#HISTORY_LIMIT} as summaries.
 */
@Repository
class CallerHistories {

    private final JdbcClient jdbc;
    private final ContactLists lists;

    CallerHistories(JdbcClient jdbc, ContactLists lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    CallerHistory of(String phone, String phoneIndex, long organisationId, List<CallerCase> cases) {
        Totals totals = jdbc.sql("""
                        SELECT COUNT(*) AS contacts, MIN(received_at) AS first_at, MAX(received_at) AS last_at,
                               SUM(CASE WHEN gbv_related THEN 1 ELSE 0 END) AS gbv,
                               MAX(CASE WHEN do_not_call_back THEN 1 ELSE 0 END) AS dnc,
                               MAX(CASE WHEN urgency = 'DANGER_TO_LIFE' THEN 1 ELSE 0 END) AS danger
                        FROM hotline_contacts WHERE phone_bidx = :bidx AND organisation_id = :org""")
                .param("bidx", phoneIndex).param("org", organisationId)
                .query(CallerHistories::totals).single();
        List<ContactSummary> newest = totals.contacts() == 0 ? List.of()
                : lists.newestOfNumber(phoneIndex, organisationId, Hotline.HISTORY_LIMIT);
        Outcome lastOutcome = newest.stream().map(ContactSummary::outcome).filter(Objects::nonNull).findFirst().orElse(null);
        return new CallerHistory(phone, totals.contacts(), totals.firstAt(), totals.lastAt(), lastOutcome,
                totals.doNotCallBack(), totals.dangerToLife(), totals.gbvRelated(), newest, cases);
    }

    private static Totals totals(ResultSet rs, int row) throws SQLException {
        Timestamp first = rs.getTimestamp("first_at");
        Timestamp last = rs.getTimestamp("last_at");
        return new Totals(rs.getLong("contacts"), first == null ? null : first.toInstant(),
                last == null ? null : last.toInstant(), rs.getLong("gbv"), rs.getInt("dnc") == 1,
                rs.getInt("danger") == 1);
    }

    private record Totals(long contacts, @org.jspecify.annotations.Nullable Instant firstAt,
                          @org.jspecify.annotations.Nullable Instant lastAt, long gbvRelated, boolean doNotCallBack,
                          boolean dangerToLife) {
    }
}
