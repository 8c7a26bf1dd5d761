package org.anhduong.hotline.telephony;

import org.anhduong.hotline.LiveCallState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The telephony_events table: one row per (organisation, call id, event) ever handled, with the call's state after
 * it. Its primary key is what makes an event take effect once, even when a PBX sends it twice at the same moment.
 */
@Repository
class EventClaims {

    private final JdbcClient jdbc;

    EventClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state the event left the call in, when it was handled before. */
    Optional<LiveCallState> outcome(long organisationId, TelephonyEvent event) {
        return jdbc.sql("""
                        SELECT outcome FROM telephony_events
                        WHERE organisation_id = :org AND call_id = :call AND event = :event""")
                .param("org", organisationId).param("call", event.callId()).param("event", event.type().code())
                .query(String.class).optional().map(LiveCallState::valueOf);
    }

    /**
     * Claims the event for this transaction. A concurrent transaction with the same event waits here and then fails
     * with a duplicate key, before it has done anything.
     */
    void claim(long organisationId, TelephonyEvent event, Instant now) {
        jdbc.sql("""
                        INSERT INTO telephony_events (organisation_id, call_id, event, event_at, received_at)
                        VALUES (:org, :call, :event, :at, :now)""")
                .param("org", organisationId).param("call", event.callId()).param("event", event.type().code())
                .param("at", Timestamp.from(event.at())).param("now", Timestamp.from(now)).update();
    }

    /** Records the state the event left the call in, in the claiming transaction. */
    void complete(long organisationId, TelephonyEvent event, LiveCallState outcome) {
        jdbc.sql("""
                        UPDATE telephony_events SET outcome = :outcome
                        WHERE organisation_id = :org AND call_id = :call AND event = :event""")
                .param("outcome", outcome.name()).param("org", organisationId).param("call", event.callId())
                .param("event", event.type().code()).update();
    }
}
