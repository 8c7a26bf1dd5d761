package org.anhduong.casework.internal.work;

import org.anhduong.casework.AlertKind;
import org.anhduong.casework.CaseAlert;
import org.anhduong.casework.CaseAlerts;
import org.anhduong.casework.internal.NeedToKnow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Alerts to users about cases; a user's alerts are listed only on cases they may still read. */
@Repository
class StoredAlerts {

    /** The user's alerts on cases they may read. */
    private static final String FROM = """
            FROM casework_alerts a JOIN casework_cases c ON c.id = a.case_id
            JOIN casework_clients k ON k.id = c.client_id
            WHERE a.recipient_id = :user AND\s""" + NeedToKnow.VISIBLE_SQL;
    private static final String SELECT = """
            SELECT a.id, a.case_id, c.case_number, k.survivor_code, a.kind, a.created_at, a.acknowledged_at
            """ + FROM;

    private final JdbcClient jdbc;

    StoredAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, @Nullable Long assessmentId, long recipient, AlertKind kind, Instant at) {
        jdbc.sql("""
                        INSERT INTO casework_alerts (case_id, assessment_id, recipient_id, kind, created_at)
                        VALUES (:case, :assessment, :recipient, :kind, :at)""")
                .param("case", caseId).param("assessment", assessmentId).param("recipient", recipient)
                .param("kind", kind.name()).param("at", Timestamp.from(at)).update();
    }

    List<CaseAlert> of(Map<String, ?> visibleTo) {
        return jdbc.sql(SELECT + " ORDER BY CASE WHEN a.acknowledged_at IS NULL THEN 0 ELSE 1 END, a.created_at DESC,"
                        + " a.id DESC FETCH FIRST " + CaseAlerts.LIMIT + " ROWS ONLY")
                .params(visibleTo).query(StoredAlerts::map).list();
    }

    Optional<CaseAlert> find(long id, Map<String, ?> visibleTo) {
        return jdbc.sql(SELECT + " AND a.id = :id").params(visibleTo).param("id", id)
                .query(StoredAlerts::map).optional();
    }

    /** The user's unacknowledged alerts, counted as {@link #of} lists them. */
    long unacknowledged(Map<String, ?> visibleTo) {
        return jdbc.sql("SELECT COUNT(*) " + FROM + " AND a.acknowledged_at IS NULL")
                .params(visibleTo).query(Long.class).single();
    }

    void acknowledge(long id, Instant at) {
        jdbc.sql("UPDATE casework_alerts SET acknowledged_at = :at WHERE id = :id AND acknowledged_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static CaseAlert map(ResultSet rs, int row) throws SQLException {
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        return new CaseAlert(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
                rs.getString("survivor_code"), AlertKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("created_at").toInstant(), acknowledged == null ? null : acknowledged.toInstant());
    }
}
