package org.anhduong.casework.internal.incident;

import org.anhduong.casework.AbductionStatus;
import org.anhduong.casework.Classification;
import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.DomesticViolenceAct;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.Occupation;
import org.anhduong.casework.PerpetratorDetails;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.casework.PlaceType;
import org.anhduong.casework.ReportedTo;
import org.anhduong.casework.TimeOfDay;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.casework.internal.FigureUpkeep;
import org.anhduong.platform.crypto.FieldCipher;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incidents with their acts, reports and perpetrators; description and manual reason encrypted. */
@Repository
class StoredIncidents {

    private static final String CHILDREN_OF_CASE = "incident_id IN (SELECT id FROM casework_incidents WHERE case_id = :case)";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final FigureUpkeep figures;

    StoredIncidents(JdbcClient jdbc, FieldCipher cipher, FigureUpkeep figures) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.figures = figures;
    }

    long insert(long caseId, ValidIncident incident, long userId, Instant now) {
        lockCase(caseId);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_incidents (case_id, incident_date, time_of_day, commune_code, place_type,
                               description_enc, gbvims_type, answer_penetration, answer_sexual, answer_physical,
                               answer_marriage, answer_resources, answer_psychological, manual, manual_reason_enc,
                               money_or_goods, abduction, harmful_practice, version, created_by, created_at, updated_at)
                        VALUES (:case, :date, :time, :commune, :place, :description, :type, :a1, :a2, :a3, :a4, :a5,
                               :a6, :manual, :reason, :money, :abduction, :harmful, 0, :user, :now, :now)""")
                .params(params(incident)).param("case", caseId).param("user", userId)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertChildren(id, incident);
        figures.caseChanged(caseId);
        return id;
    }

    /** False when the version is stale (or the incident is not the case's). */
    boolean update(long caseId, long id, int version, ValidIncident incident, Instant now) {
        lockCase(caseId);
        int rows = jdbc.sql("""
                        UPDATE casework_incidents SET incident_date = :date, time_of_day = :time,
                               commune_code = :commune, place_type = :place, description_enc = :description,
                               gbvims_type = :type, answer_penetration = :a1, answer_sexual = :a2, answer_physical = :a3,
                               answer_marriage = :a4, answer_resources = :a5, answer_psychological = :a6,
                               manual = :manual, manual_reason_enc = :reason, money_or_goods = :money,
                               abduction = :abduction, harmful_practice = :harmful, version = version + 1,
                               updated_at = :now
                        WHERE id = :id AND case_id = :case AND version = :version""")
                .params(params(incident)).param("id", id).param("case", caseId).param("version", version)
                .param("now", Timestamp.from(now))
                .update();
        if (rows == 1) {
            for (String table : List.of("casework_incident_acts", "casework_incident_reports", "casework_perpetrators")) {
                jdbc.sql("DELETE FROM " + table + " WHERE incident_id = :id").param("id", id).update();
            }
            insertChildren(id, incident);
            figures.caseChanged(caseId);
        }
        return rows == 1;
    }

    /**
     * The case's row, locked before the incident's rows are written: on PostgreSQL their foreign keys share-lock it,
     * and two writers holding that lock would deadlock when the reports' row of the case is then refreshed under an
     * update lock ({@link FigureUpkeep}).
     */
    private void lockCase(long caseId) {
        jdbc.sql("SELECT id FROM casework_cases WHERE id = :id FOR UPDATE").param("id", caseId).query(Long.class).list();
    }

    Optional<StoredIncident> find(long caseId, long id) {
        return jdbc.sql("SELECT * FROM casework_incidents WHERE id = :id AND case_id = :case")
                .param("id", id).param("case", caseId).query(this::row).optional()
                .map(row -> row.complete(children("incident_id = :id", Map.of("id", id))));
    }

    /** The case's incidents, oldest first. */
    List<StoredIncident> ofCase(long caseId) {
        List<Row> rows = jdbc.sql("SELECT * FROM casework_incidents WHERE case_id = :case ORDER BY id")
                .param("case", caseId).query(this::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Children children = children(CHILDREN_OF_CASE, Map.of("case", caseId));
        return rows.stream().map(row -> row.complete(children)).toList();
    }

    private void insertChildren(long id, ValidIncident incident) {
        for (DomesticViolenceAct act : incident.acts()) {
            jdbc.sql("INSERT INTO casework_incident_acts (incident_id, act) VALUES (:id, :act)")
                    .param("id", id).param("act", act.name()).update();
        }
        for (ReportedTo to : incident.reportedElsewhere()) {
            jdbc.sql("INSERT INTO casework_incident_reports (incident_id, reported_to) VALUES (:id, :to)")
                    .param("id", id).param("to", to.name()).update();
        }
        int position = 0;
        for (PerpetratorDetails p : incident.perpetrators()) {
            jdbc.sql("""
                            INSERT INTO casework_perpetrators (incident_id, position, relation, sex, age_group, occupation)
                            VALUES (:id, :position, :relation, :sex, :age, :occupation)""")
                    .param("id", id).param("position", position++)
                    .param("relation", name(p.relation())).param("sex", name(p.sex()))
                    .param("age", name(p.ageGroup())).param("occupation", name(p.occupation()))
                    .update();
        }
    }

    private Map<String, @Nullable Object> params(ValidIncident incident) {
        Classification c = incident.classification();
        ClassificationAnswers a = c.answers();
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("date", incident.date() == null ? null : incident.date().iso());
        params.put("time", incident.timeOfDay().name());
        params.put("commune", incident.communeCode());
        params.put("place", incident.placeType() == null ? null : incident.placeType().name());
        params.put("description", cipher.encrypt(incident.description(), IncidentColumns.DESCRIPTION));
        params.put("type", c.type().name());
        params.put("a1", a.penetration());
        params.put("a2", a.unwantedSexualContact());
        params.put("a3", a.physicalAssault());
        params.put("a4", a.forcedMarriage());
        params.put("a5", a.denialOfResources());
        params.put("a6", a.psychologicalAbuse());
        params.put("manual", c.manual());
        params.put("reason", cipher.encrypt(c.manualReason(), IncidentColumns.MANUAL_REASON));
        params.put("money", incident.moneyOrGoodsExchanged());
        params.put("abduction", incident.abduction().name());
        params.put("harmful", incident.harmfulTraditionalPractice());
        return params;
    }

    private static String name(@Nullable Enum<?> value) {
        return java.util.Objects.requireNonNull(value).name();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        var answers = new ClassificationAnswers(bool(rs, "answer_penetration"), bool(rs, "answer_sexual"),
                bool(rs, "answer_physical"), bool(rs, "answer_marriage"), bool(rs, "answer_resources"),
                bool(rs, "answer_psychological"));
        boolean manual = rs.getBoolean("manual");
        var classification = new Classification(GbvimsType.valueOf(rs.getString("gbvims_type")), answers, manual,
                manual ? cipher.decrypt(rs.getString("manual_reason_enc"), IncidentColumns.MANUAL_REASON) : null);
        String place = rs.getString("place_type");
        return new Row(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("version"),
                PartialDate.parseOrNull(rs.getString("incident_date")), TimeOfDay.valueOf(rs.getString("time_of_day")),
                rs.getString("commune_code"), place == null ? null : PlaceType.valueOf(place),
                cipher.decrypt(rs.getString("description_enc"), IncidentColumns.DESCRIPTION), classification,
                bool(rs, "money_or_goods"), AbductionStatus.valueOf(rs.getString("abduction")),
                rs.getBoolean("harmful_practice"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static @Nullable Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private Children children(String where, Map<String, ?> params) {
        var children = new Children(new HashMap<>(), new HashMap<>(), new HashMap<>());
        jdbc.sql("SELECT incident_id, act FROM casework_incident_acts WHERE " + where).params(params)
                .query((RowCallbackHandler) rs -> children.acts().computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(DomesticViolenceAct.valueOf(rs.getString(2))));
        jdbc.sql("SELECT incident_id, reported_to FROM casework_incident_reports WHERE " + where).params(params)
                .query((RowCallbackHandler) rs -> children.reports().computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(ReportedTo.valueOf(rs.getString(2))));
        jdbc.sql("SELECT * FROM casework_perpetrators WHERE " + where + " ORDER BY incident_id, position")
                .params(params)
                .query((RowCallbackHandler) rs -> children.perpetrators().computeIfAbsent(rs.getLong("incident_id"), k -> new ArrayList<>())
                        .add(perpetrator(rs)));
        return children;
    }

    private static StoredPerpetrator perpetrator(ResultSet rs) throws SQLException {
        return new StoredPerpetrator(rs.getLong("id"), new PerpetratorDetails(
                PerpetratorRelation.valueOf(rs.getString("relation")), Sex.valueOf(rs.getString("sex")),
                AgeGroup.valueOf(rs.getString("age_group")), Occupation.valueOf(rs.getString("occupation"))));
    }

    private record StoredPerpetrator(long id, PerpetratorDetails details) {
    }

    private record Children(Map<Long, List<DomesticViolenceAct>> acts, Map<Long, List<ReportedTo>> reports,
                            Map<Long, List<StoredPerpetrator>> perpetrators) {
    }

    /** The incident's own columns, waiting for its children. */
    private record Row(long id, long caseId, int version, @Nullable PartialDate date, TimeOfDay timeOfDay,
                       @Nullable String communeCode, @Nullable PlaceType placeType, @Nullable String description,
                       Classification classification, @Nullable Boolean money, AbductionStatus abduction,
                       boolean harmful, Instant createdAt, Instant updatedAt) {

        StoredIncident complete(Children children) {
            List<StoredPerpetrator> perpetrators = children.perpetrators().getOrDefault(id, List.of());
            var incident = new ValidIncident(date, timeOfDay, communeCode, placeType, description, classification,
                    children.acts().getOrDefault(id, List.of()).stream().sorted().toList(),
                    perpetrators.stream().map(StoredPerpetrator::details).toList(), money, abduction, harmful,
                    children.reports().getOrDefault(id, List.of()).stream().sorted().toList());
            return new StoredIncident(id, caseId, version, incident,
                    perpetrators.stream().map(StoredPerpetrator::id).toList(), createdAt, updatedAt);
        }
    }
}
