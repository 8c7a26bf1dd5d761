package org.anhduong.casework.internal.handover;

import org.anhduong.casework.Handover;
import org.anhduong.casework.HandoverDetails;
import org.anhduong.casework.HandoverSummary;
import org.anhduong.casework.HandoverTo;
import org.anhduong.casework.HandoverVisit;
import org.anhduong.casework.NewHandoverVisit;
import org.anhduong.casework.ReceiverRelation;
import org.anhduong.casework.Wellbeing;
import org.anhduong.platform.crypto.EncryptedColumn;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-overs of cases (versioned) and their follow-up visits; the receiver's name and the notes encrypted. */
@Repository
class HandoverStore {

    static final String RECEIVER_NAME = "casework.handover.receiverName";
    static final String NOTES = "casework.handover.notes";
    static final String VISIT_NOTES = "casework.handover.visitNotes";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    HandoverStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(long caseId, HandoverDetails details, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_handovers (case_id, handover_to, handed_over_on, commune_code,
                               receiver_name_enc, receiver_relation, receiving_organisation_id,
                               receiving_organisation_name, notes_enc, version, recorded_by, recorded_at, updated_by,
                               updated_at)
                        VALUES (:case, :to, :on, :commune, :name, :relation, :orgId, :orgName, :notes, 1, :user, :now,
                               :user, :now)""")
                .params(params(details)).param("case", caseId).param("user", userId).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long caseId, long id, int version, HandoverDetails details, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE casework_handovers SET handover_to = :to, handed_over_on = :on, commune_code = :commune,
                               receiver_name_enc = :name, receiver_relation = :relation,
                               receiving_organisation_id = :orgId, receiving_organisation_name = :orgName,
                               notes_enc = :notes, version = version + 1, updated_by = :user, updated_at = :now
                        WHERE id = :id AND case_id = :case AND version = :version""")
                .params(params(details)).param("id", id).param("case", caseId).param("version", version)
                .param("user", userId).param("now", Timestamp.from(now))
                .update() == 1;
    }

    long addVisit(long handoverId, NewHandoverVisit visit, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_handover_visits (handover_id, visited_on, visited_by, wellbeing, notes_enc,
                               recorded_by, recorded_at)
                        VALUES (:handover, :on, :by, :wellbeing, :notes, :user, :now)""")
                .param("handover", handoverId).param("on", Date.valueOf(visit.visitedOn()))
                .param("by", visit.visitedBy()).param("wellbeing", visit.wellbeing().name())
                .param("notes", cipher.encrypt(visit.notes(), VISIT_NOTES)).param("user", userId)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The case's hand-overs, oldest first, each with its visits. */
    List<Handover> ofCase(long caseId) {
        Map<Long, List<HandoverVisit>> visits = new HashMap<>();
        jdbc.sql("""
                        SELECT v.* FROM casework_handover_visits v JOIN casework_handovers h ON h.id = v.handover_id
                        WHERE h.case_id = :case ORDER BY v.visited_on, v.id""")
                .param("case", caseId)
                .query((rs, row) -> Map.entry(rs.getLong("handover_id"), visit(rs))).list()
                .forEach(e -> visits.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT * FROM casework_handovers WHERE case_id = :case ORDER BY handed_over_on, id")
                .param("case", caseId)
                .query((rs, row) -> handover(rs, visits.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    Optional<Handover> find(long caseId, long id) {
        return ofCase(caseId).stream().filter(h -> h.id() == id).findFirst();
    }

    /** The case's hand-overs without anything personal, oldest first. */
    List<HandoverSummary> summaries(long caseId) {
        return jdbc.sql("""
                        SELECT id, handover_to, handed_over_on, receiving_organisation_id, receiving_organisation_name
                        FROM casework_handovers WHERE case_id = :case ORDER BY handed_over_on, id""")
                .param("case", caseId)
                .query((rs, row) -> new HandoverSummary(rs.getLong("id"), HandoverTo.valueOf(rs.getString("handover_to")),
                        rs.getDate("handed_over_on").toLocalDate(), longOrNull(rs, "receiving_organisation_id"),
                        rs.getString("receiving_organisation_name")))
                .list();
    }

    private Map<String, @Nullable Object> params(HandoverDetails d) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("to", d.to() == null ? null : d.to().name());
        params.put("on", d.handedOverOn() == null ? null : Date.valueOf(d.handedOverOn()));
        params.put("commune", d.communeCode());
        params.put("name", cipher.encrypt(d.receiverName(), RECEIVER_NAME));
        params.put("relation", d.receiverRelation() == null ? null : d.receiverRelation().name());
        params.put("orgId", d.receivingOrganisationId());
        params.put("orgName", d.receivingOrganisationName());
        params.put("notes", cipher.encrypt(d.notes(), NOTES));
        return params;
    }

    private Handover handover(ResultSet rs, List<HandoverVisit> visits) throws SQLException {
        String relation = rs.getString("receiver_relation");
        var details = new HandoverDetails(HandoverTo.valueOf(rs.getString("handover_to")),
                rs.getDate("handed_over_on").toLocalDate(), rs.getString("commune_code"),
                cipher.decrypt(rs.getString("receiver_name_enc"), RECEIVER_NAME),
                relation == null ? null : ReceiverRelation.valueOf(relation),
                longOrNull(rs, "receiving_organisation_id"), rs.getString("receiving_organisation_name"),
                cipher.decrypt(rs.getString("notes_enc"), NOTES));
        return new Handover(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("version"), details, visits,
                rs.getLong("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private HandoverVisit visit(ResultSet rs) throws SQLException {
        return new HandoverVisit(rs.getLong("id"), rs.getDate("visited_on").toLocalDate(), rs.getString("visited_by"),
                Wellbeing.valueOf(rs.getString("wellbeing")), cipher.decrypt(rs.getString("notes_enc"), VISIT_NOTES),
                rs.getLong("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** The encrypted columns, for the key-rotation command. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumn caseworkHandoverReceiverName() {
            return new EncryptedColumn("casework_handovers", "id", "receiver_name_enc", RECEIVER_NAME);
        }

        @Bean
        EncryptedColumn caseworkHandoverNotes() {
            return new EncryptedColumn("casework_handovers", "id", "notes_enc", NOTES);
        }

        @Bean
        EncryptedColumn caseworkHandoverVisitNotes() {
            return new EncryptedColumn("casework_handover_visits", "id", "notes_enc", VISIT_NOTES);
        }
    }
}
