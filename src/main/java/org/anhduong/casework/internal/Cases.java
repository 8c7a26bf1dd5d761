package org.anhduong.casework.internal;

import org.anhduong.casework.CaseChanges;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseSource;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.CaseSummary;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.Priority;
import org.anhduong.casework.RiskLevel;
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

/** Cases and their links to hotline contacts. No personal data lives in these tables. */
@Repository
public class Cases {

    static final String SUMMARY_COLUMNS = """
            c.id, c.case_number, k.survivor_code, c.case_type, c.status, c.priority, c.risk_level,
            c.assigned_worker_id, c.opened_at""";

    private final JdbcClient jdbc;
    private final FigureUpkeep figures;

    Cases(JdbcClient jdbc, FigureUpkeep figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** The new case's fields; status OPEN, risk UNKNOWN. */
    record NewRow(String caseNumber, long clientId, long organisationId, CaseType type, CaseSource source,
                  @Nullable String referringReference, Priority priority, @Nullable String communeCode,
                  @Nullable Long assignedWorkerId, @Nullable Long supervisorId, long openedBy, Instant openedAt) {
    }

    long insert(NewRow row) {
        // The client first, as a change of her does (then her cases): a change of her committed meanwhile is read by
        // this case's row for the reports, and one still to come finds this case among hers.
        jdbc.sql("SELECT id FROM casework_clients WHERE id = :id FOR UPDATE").param("id", row.clientId())
                .query(Long.class).list();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_cases (case_number, client_id, organisation_id, case_type, source,
                               referring_reference, status, priority, risk_level, commune_code, assigned_worker_id,
                               supervisor_id, version, opened_at, opened_by, updated_at)
                        VALUES (:number, :client, :org, :type, :source, :reference, 'OPEN', :priority, 'UNKNOWN',
                               :commune, :worker, :supervisor, 0, :at, :by, :at)""")
                .param("number", row.caseNumber()).param("client", row.clientId()).param("org", row.organisationId())
                .param("type", row.type().name()).param("source", row.source().name())
                .param("reference", row.referringReference()).param("priority", row.priority().name())
                .param("commune", row.communeCode()).param("worker", row.assignedWorkerId())
                .param("supervisor", row.supervisorId()).param("at", Timestamp.from(row.openedAt()))
                .param("by", row.openedBy())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        figures.caseChanged(id);
        return id;
    }

    /** The case, with no access check: callers check access themselves (see {@link CaseAccess}). */
    public Optional<CaseRecord> find(long id) {
        return jdbc.sql("""
                        SELECT c.*, k.survivor_code FROM casework_cases c JOIN casework_clients k ON k.id = c.client_id
                        WHERE c.id = :id""")
                .param("id", id).query(this::map).optional();
    }

    boolean update(long id, int version, CaseChanges changes, Instant now) {
        return jdbc.sql("""
                        UPDATE casework_cases SET status = :status, priority = :priority, risk_level = :risk,
                               assigned_worker_id = :worker, supervisor_id = :supervisor, version = version + 1,
                               updated_at = :now
                        WHERE id = :id AND version = :version""")
                .param("status", changes.status().name()).param("priority", changes.priority().name())
                .param("risk", changes.riskLevel().name()).param("worker", changes.assignedWorkerId())
                .param("supervisor", changes.supervisorId()).param("now", Timestamp.from(now))
                .param("id", id).param("version", version)
                .update() == 1;
    }

    void linkContact(long caseId, long contactId, long userId, Instant now) {
        jdbc.sql("""
                        INSERT INTO casework_case_contacts (case_id, contact_id, linked_by, linked_at)
                        VALUES (:case, :contact, :user, :now)""")
                .param("case", caseId).param("contact", contactId).param("user", userId)
                .param("now", Timestamp.from(now)).update();
    }

    /** The case a contact was linked to first, if any. */
    Optional<Long> caseOfContact(long contactId) {
        return jdbc.sql("SELECT MIN(case_id) FROM casework_case_contacts WHERE contact_id = :contact")
                .param("contact", contactId).query(Long.class).optional();
    }

    /** Cases matching {@code where} (over {@code casework_cases c} and {@code casework_clients k}), by {@code order}. */
    public List<CaseSummary> summaries(String where, java.util.Map<String, ?> params, String order, int offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM casework_cases c JOIN casework_clients k ON k.id = c.client_id"
                        + " WHERE " + where + " ORDER BY " + order + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params).param("offset", offset).param("limit", limit)
                .query(Cases::summary).list();
    }

    public long count(String where, java.util.Map<String, ?> params) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_cases c JOIN casework_clients k ON k.id = c.client_id WHERE " + where)
                .params(params).query(Long.class).single();
    }

    /** Team facts of cases matching {@code where}, to sort them into readable and "exists elsewhere". */
    List<Team> teams(String where, java.util.Map<String, ?> params, int limit) {
        return jdbc.sql("SELECT c.id, c.organisation_id, c.assigned_worker_id, c.supervisor_id FROM casework_cases c"
                        + " JOIN casework_clients k ON k.id = c.client_id WHERE " + where
                        + " ORDER BY c.opened_at DESC FETCH FIRST :limit ROWS ONLY")
                .params(params).param("limit", limit)
                .query((rs, row) -> new Team(rs.getLong("id"), rs.getLong("organisation_id"),
                        nullableLong(rs, "assigned_worker_id"), nullableLong(rs, "supervisor_id")))
                .list();
    }

    record Team(long caseId, long organisationId, @Nullable Long workerId, @Nullable Long supervisorId) {
    }

    static CaseSummary summary(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(rs.getLong("id"), rs.getString("case_number"), rs.getString("survivor_code"),
                CaseType.valueOf(rs.getString("case_type")), CaseStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")), RiskLevel.valueOf(rs.getString("risk_level")),
                nullableLong(rs, "assigned_worker_id"), rs.getTimestamp("opened_at").toInstant());
    }

    private CaseRecord map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Timestamp closed = rs.getTimestamp("closed_at");
        List<Long> contacts = jdbc.sql("SELECT contact_id FROM casework_case_contacts WHERE case_id = :id ORDER BY contact_id")
                .param("id", id).query(Long.class).list();
        return new CaseRecord(id, rs.getString("case_number"), rs.getInt("version"), rs.getLong("client_id"),
                rs.getString("survivor_code"), rs.getLong("organisation_id"), CaseType.valueOf(rs.getString("case_type")),
                CaseSource.valueOf(rs.getString("source")), rs.getString("referring_reference"),
                CaseStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                RiskLevel.valueOf(rs.getString("risk_level")), rs.getString("commune_code"),
                nullableLong(rs, "assigned_worker_id"), nullableLong(rs, "supervisor_id"),
                rs.getTimestamp("opened_at").toInstant(), rs.getLong("opened_by"),
                closed == null ? null : closed.toInstant(), rs.getTimestamp("updated_at").toInstant(), contacts);
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
