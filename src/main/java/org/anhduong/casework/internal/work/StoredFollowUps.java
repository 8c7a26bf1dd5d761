package org.anhduong.casework.internal.work;

import org.anhduong.casework.DueFollowUp;
import org.anhduong.casework.FollowUp;
import org.anhduong.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Follow-ups; purpose and result encrypted. */
@Repository
class StoredFollowUps {

    static final int LIST_LIMIT = 500;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    StoredFollowUps(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(long caseId, LocalDate dueOn, String purpose, long assignedTo, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_follow_ups (case_id, due_on, purpose_enc, assigned_to, version, created_by,
                               created_at)
                        VALUES (:case, :due, :purpose, :assignee, 0, :by, :at)""")
                .param("case", caseId).param("due", Date.valueOf(dueOn))
                .param("purpose", cipher.encrypt(purpose, WorkColumns.PURPOSE)).param("assignee", assignedTo)
                .param("by", by).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean done(long id, int version, String result, Instant at) {
        return jdbc.sql("""
                        UPDATE casework_follow_ups SET done_at = :at, result_enc = :result, version = version + 1
                        WHERE id = :id AND version = :version AND done_at IS NULL""")
                .param("at", Timestamp.from(at)).param("result", cipher.encrypt(result, WorkColumns.RESULT))
                .param("id", id).param("version", version).update() == 1;
    }

    /** Open ones by due date, then done ones, most recently done first. */
    List<FollowUp> ofCase(long caseId) {
        return jdbc.sql("""
                        SELECT * FROM casework_follow_ups WHERE case_id = :case
                        ORDER BY CASE WHEN done_at IS NULL THEN 0 ELSE 1 END, due_on, done_at DESC, id""")
                .param("case", caseId).query(this::map).list();
    }

    Optional<FollowUp> find(long caseId, long id) {
        return jdbc.sql("SELECT * FROM casework_follow_ups WHERE case_id = :case AND id = :id")
                .param("case", caseId).param("id", id).query(this::map).optional();
    }

    /** Open follow-ups due until {@code until} on the cases {@code where} (over {@code f} and {@code c}) selects. */
    List<DueFollowUp> due(String where, Map<String, ?> params, LocalDate until, LocalDate today) {
        return jdbc.sql("""
                        SELECT f.id, f.case_id, c.case_number, k.survivor_code, f.due_on, f.assigned_to
                        FROM casework_follow_ups f JOIN casework_cases c ON c.id = f.case_id
                        JOIN casework_clients k ON k.id = c.client_id
                        WHERE f.done_at IS NULL AND f.due_on <= :until AND\s""" + where
                        + " ORDER BY f.due_on, f.id FETCH FIRST " + LIST_LIMIT + " ROWS ONLY")
                .params(params).param("until", Date.valueOf(until))
                .query((rs, row) -> {
                    LocalDate dueOn = rs.getDate("due_on").toLocalDate();
                    return new DueFollowUp(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
                            rs.getString("survivor_code"), dueOn, rs.getLong("assigned_to"),
                            DueRule.overdue(dueOn, today));
                })
                .list();
    }

    private FollowUp map(ResultSet rs, int row) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new FollowUp(rs.getLong("id"), rs.getLong("case_id"), rs.getDate("due_on").toLocalDate(),
                Objects.requireNonNull(cipher.decrypt(rs.getString("purpose_enc"), WorkColumns.PURPOSE)),
                rs.getLong("assigned_to"), done == null ? null : done.toInstant(),
                cipher.decrypt(rs.getString("result_enc"), WorkColumns.RESULT), rs.getInt("version"),
                rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
