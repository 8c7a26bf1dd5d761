package org.anhduong.casework.internal.work;

import org.anhduong.casework.Goal;
import org.anhduong.casework.GoalStatus;
import org.anhduong.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Goals of case plans, their text encrypted. */
@Repository
class StoredGoals {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    StoredGoals(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(long caseId, String text, GoalStatus status, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_goals (case_id, text_enc, status, version, created_by, created_at, updated_at)
                        VALUES (:case, :text, :status, 0, :by, :at, :at)""")
                .param("case", caseId).param("text", cipher.encrypt(text, WorkColumns.GOAL))
                .param("status", status.name()).param("by", by).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, String text, GoalStatus status, Instant at) {
        return jdbc.sql("""
                        UPDATE casework_goals SET text_enc = :text, status = :status, version = version + 1,
                               updated_at = :at
                        WHERE id = :id AND version = :version""")
                .param("text", cipher.encrypt(text, WorkColumns.GOAL)).param("status", status.name())
                .param("at", Timestamp.from(at)).param("id", id).param("version", version).update() == 1;
    }

    List<Goal> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM casework_goals WHERE case_id = :case ORDER BY id")
                .param("case", caseId).query(this::map).list();
    }

    Optional<Goal> find(long caseId, long id) {
        return jdbc.sql("SELECT * FROM casework_goals WHERE case_id = :case AND id = :id")
                .param("case", caseId).param("id", id).query(this::map).optional();
    }

    private Goal map(ResultSet rs, int row) throws SQLException {
        return new Goal(rs.getLong("id"), rs.getLong("case_id"),
                Objects.requireNonNull(cipher.decrypt(rs.getString("text_enc"), WorkColumns.GOAL)),
                GoalStatus.valueOf(rs.getString("status")), rs.getInt("version"), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
