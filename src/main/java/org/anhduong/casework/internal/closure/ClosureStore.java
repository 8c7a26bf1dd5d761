package org.anhduong.casework.internal.closure;

import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.Closure;
import org.anhduong.casework.ClosureReason;
import org.anhduong.casework.ClosureRequest;
import org.anhduong.casework.ClosureState;
import org.anhduong.casework.PendingClosure;
import org.anhduong.casework.internal.FigureUpkeep;
import org.anhduong.platform.crypto.EncryptedColumns;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Closures, and the case row's status as closure changes it. A state changes only from the state it was read in
 * ({@code WHERE state = :from}), so two supervisors deciding at once cannot both win.
 */
@Repository
class ClosureStore {

    static final String OUTCOME = "casework.closure.outcome";
    static final String SEND_BACK_NOTE = "casework.closure.sendBackNote";
    static final String REOPEN_REASON = "casework.closure.reopenReason";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final FigureUpkeep figures;

    ClosureStore(JdbcClient jdbc, FieldCipher cipher, FigureUpkeep figures) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.figures = figures;
    }

    /** Takes the case row's lock for the transaction: closures and transfers of one case go one at a time. */
    void lockCase(long caseId) {
        jdbc.sql("SELECT id FROM casework_cases WHERE id = :id FOR UPDATE").param("id", caseId).query(Long.class).list();
    }

    long insert(long caseId, long organisationId, ClosureState state, ClosureRequest request, CaseStatus before,
                long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        boolean decided = state == ClosureState.CLOSED;
        jdbc.sql("""
                        INSERT INTO casework_closures (case_id, organisation_id, state, reason, outcome_enc,
                               status_before, requested_by, requested_at, decided_by, decided_at)
                        VALUES (:case, :org, :state, :reason, :outcome, :before, :user, :now, :decider, :decidedAt)""")
                .param("case", caseId).param("org", organisationId).param("state", state.name())
                .param("reason", request.reason().name()).param("outcome", cipher.encrypt(request.outcome(), OUTCOME))
                .param("before", before.name()).param("user", userId).param("now", Timestamp.from(now))
                .param("decider", decided ? userId : null).param("decidedAt", decided ? Timestamp.from(now) : null)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean decide(long closureId, ClosureState to, @Nullable String note, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE casework_closures SET state = :to, send_back_note_enc = :note, decided_by = :user,
                               decided_at = :now
                        WHERE id = :id AND state = 'PENDING'""")
                .param("to", to.name()).param("note", cipher.encrypt(note, SEND_BACK_NOTE)).param("user", userId)
                .param("now", Timestamp.from(now)).param("id", closureId)
                .update() == 1;
    }

    boolean reopen(long closureId, String reason, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE casework_closures SET state = 'REOPENED', reopen_reason_enc = :reason,
                               reopened_by = :user, reopened_at = :now
                        WHERE id = :id AND state = 'CLOSED'""")
                .param("reason", cipher.encrypt(reason, REOPEN_REASON)).param("user", userId)
                .param("now", Timestamp.from(now)).param("id", closureId)
                .update() == 1;
    }

    /** Sets the case's status (and when it was closed, or null once reopened). */
    void setCaseStatus(long caseId, CaseStatus status, @Nullable Instant closedAt, Instant now) {
        jdbc.sql("""
                        UPDATE casework_cases SET status = :status, closed_at = :closed, version = version + 1,
                               updated_at = :now
                        WHERE id = :id""")
                .param("status", status.name()).param("closed", closedAt == null ? null : Timestamp.from(closedAt))
                .param("now", Timestamp.from(now)).param("id", caseId)
                .update();
        figures.caseChanged(caseId);
    }

    List<Closure> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM casework_closures WHERE case_id = :case ORDER BY id DESC")
                .param("case", caseId).query(this::map).list();
    }

    /** The case's latest closure in the state, if its latest is in it. */
    Optional<Closure> latest(long caseId, ClosureState state) {
        return ofCase(caseId).stream().findFirst().filter(c -> c.state() == state);
    }

    boolean transferPending(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_transfers WHERE case_id = :case AND state = 'PENDING'")
                .param("case", caseId).query(Long.class).single() > 0;
    }

    List<PendingClosure> pending(long organisationId) {
        return jdbc.sql("""
                        SELECT z.id, z.case_id, c.case_number, k.survivor_code, c.case_type, z.reason, z.requested_by,
                               z.requested_at
                        FROM casework_closures z JOIN casework_cases c ON c.id = z.case_id
                             JOIN casework_clients k ON k.id = c.client_id
                        WHERE z.organisation_id = :org AND z.state = 'PENDING' AND c.organisation_id = :org
                        ORDER BY z.requested_at, z.id""")
                .param("org", organisationId)
                .query((rs, row) -> new PendingClosure(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getString("case_number"), rs.getString("survivor_code"),
                        CaseType.valueOf(rs.getString("case_type")), ClosureReason.valueOf(rs.getString("reason")),
                        rs.getLong("requested_by"), rs.getTimestamp("requested_at").toInstant()))
                .list();
    }

    int pendingCount(long organisationId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM casework_closures z JOIN casework_cases c ON c.id = z.case_id
                        WHERE z.organisation_id = :org AND z.state = 'PENDING' AND c.organisation_id = :org""")
                .param("org", organisationId).query(Long.class).single().intValue();
    }

    private Closure map(ResultSet rs, int row) throws SQLException {
        return new Closure(rs.getLong("id"), rs.getLong("case_id"), ClosureState.valueOf(rs.getString("state")),
                ClosureReason.valueOf(rs.getString("reason")), cipher.decrypt(rs.getString("outcome_enc"), OUTCOME),
                CaseStatus.valueOf(rs.getString("status_before")), rs.getLong("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), nullableLong(rs, "decided_by"), instant(rs, "decided_at"),
                cipher.decrypt(rs.getString("send_back_note_enc"), SEND_BACK_NOTE), nullableLong(rs, "reopened_by"),
                instant(rs, "reopened_at"), cipher.decrypt(rs.getString("reopen_reason_enc"), REOPEN_REASON));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** The encrypted columns, for the key-rotation command. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumns caseworkClosureEncryptedColumns() {
            return EncryptedColumns.in("casework_closures")
                    .column("outcome_enc", OUTCOME)
                    .column("send_back_note_enc", SEND_BACK_NOTE)
                    .column("reopen_reason_enc", REOPEN_REASON)
                    .build();
        }
    }
}
