package org.anhduong.hotline.telephony;

import org.anhduong.hotline.LiveCallState;
import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.crypto.FieldCipher;
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

/** The telephony_calls table. The caller's number is encrypted here and only here, with a blind index beside it. */
@Repository
class Calls {

    private static final String SELECT = """
            SELECT c.*, l.number AS line_number FROM telephony_calls c JOIN hotline_lines l ON l.id = c.line_id
            """;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;

    Calls(JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    /** Locks the organisation's call with this id until the transaction ends; its row id, when it exists. */
    Optional<Long> lock(long organisationId, String callId) {
        return jdbc.sql("SELECT id FROM telephony_calls WHERE organisation_id = :org AND call_id = :call FOR UPDATE")
                .param("org", organisationId).param("call", callId).query(Long.class).optional();
    }

    CallRow get(long id) {
        return jdbc.sql(SELECT + "WHERE c.id = :id").param("id", id).query(this::map).single();
    }

    Optional<CallRow> find(long organisationId, String callId) {
        return jdbc.sql(SELECT + "WHERE c.organisation_id = :org AND c.call_id = :call")
                .param("org", organisationId).param("call", callId).query(this::map).optional();
    }

    /**
     * The organisation's live calls for a user: assigned to them or to nobody, ringing since {@code ringingSince} or
     * answered since {@code answeredSince} (older ones lost their "ended" event and would never go away), newest first.
     */
    List<CallRow> live(long organisationId, long userId, Instant ringingSince, Instant answeredSince, int limit) {
        return jdbc.sql(SELECT + """
                        WHERE c.organisation_id = :org AND (c.agent_user_id = :user OR c.agent_user_id IS NULL)
                          AND ((c.state = 'RINGING' AND c.ringing_at >= :ringing)
                            OR (c.state = 'ANSWERED' AND c.answered_at >= :answered))
                        ORDER BY c.ringing_at DESC, c.id DESC LIMIT :limit""")
                .param("org", organisationId).param("user", userId).param("ringing", Timestamp.from(ringingSince))
                .param("answered", Timestamp.from(answeredSince)).param("limit", limit)
                .query(this::map).list();
    }

    long insert(SignedLine line, TelephonyEvent event, @Nullable Long agent, LiveCallState state, Instant now) {
        var keys = new GeneratedKeyHolder();
        String phone = event.callerPhone();
        jdbc.sql("""
                        INSERT INTO telephony_calls (organisation_id, call_id, line_id, caller_phone_enc, phone_bidx,
                               caller_withheld, agent_user_id, state, ringing_at, answered_at, ended_at, version,
                               created_at, updated_at)
                        VALUES (:org, :call, :line, :phone, :bidx, :withheld, :agent, :state, :at, :answered, :ended, 0,
                               :now, :now)""")
                .param("org", line.organisationId()).param("call", event.callId()).param("line", line.lineId())
                .param("phone", cipher.encrypt(phone, TelephonyColumns.PHONE))
                .param("bidx", phone == null ? null : index.of(TelephonyColumns.PHONE_INDEX, phone))
                .param("withheld", event.callerWithheld()).param("agent", agent).param("state", state.name())
                .param("at", Timestamp.from(event.at()))
                .param("answered", state == LiveCallState.ANSWERED ? Timestamp.from(event.at()) : null)
                .param("ended", state == LiveCallState.MISSED ? Timestamp.from(event.at()) : null)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void answer(long id, Instant at, @Nullable Long agent, Instant now) {
        update(id, now, "state = :state, answered_at = :at, agent_user_id = :agent")
                .param("state", LiveCallState.ANSWERED.name()).param("at", Timestamp.from(at)).param("agent", agent)
                .update();
    }

    void end(long id, Instant at, LiveCallState state, Instant now) {
        update(id, now, "state = :state, ended_at = :at").param("state", state.name()).param("at", Timestamp.from(at))
                .update();
    }

    void attach(long id, long contactId, Instant now) {
        update(id, now, "contact_id = :contact").param("contact", contactId).update();
    }

    private JdbcClient.StatementSpec update(long id, Instant now, String set) {
        return jdbc.sql("UPDATE telephony_calls SET " + set + ", version = version + 1, updated_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", id);
    }

    private CallRow map(ResultSet rs, int row) throws SQLException {
        return new CallRow(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("call_id"),
                rs.getLong("line_id"), rs.getString("line_number"),
                cipher.decrypt(rs.getString("caller_phone_enc"), TelephonyColumns.PHONE),
                rs.getBoolean("caller_withheld"), rs.getObject("agent_user_id", Long.class),
                LiveCallState.valueOf(rs.getString("state")), instant(rs, "ringing_at"), instant(rs, "answered_at"),
                instant(rs, "ended_at"), rs.getObject("contact_id", Long.class));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
