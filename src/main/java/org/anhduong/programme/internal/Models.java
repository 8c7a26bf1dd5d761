package org.anhduong.programme.internal;

import org.anhduong.programme.Model;
import org.anhduong.programme.ModelDetails;
import org.anhduong.programme.ModelStatus;
import org.anhduong.programme.StatusSpan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The models with their communes and status history. */
@Repository
class Models {

    private final JdbcClient jdbc;

    Models(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ModelDetails d, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO programme_models (name, kind, pilot, programme_period, lead_organisation_id,
                               partners, funders, objectives, description, version, updated_by, updated_at)
                        VALUES (:name, :kind, :pilot, :period, :lead, :partners, :funders, :objectives, :description,
                               1, :user, :now)""")
                .params(params(d)).param("user", userId).param("now", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceCommunes(id, d.communes());
        return id;
    }

    boolean update(long id, int version, ModelDetails d, long userId, Instant now) {
        boolean updated = jdbc.sql("""
                        UPDATE programme_models SET name = :name, kind = :kind, pilot = :pilot,
                               programme_period = :period, lead_organisation_id = :lead, partners = :partners,
                               funders = :funders, objectives = :objectives, description = :description,
                               version = version + 1, updated_by = :user, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .params(params(d)).param("id", id).param("version", version).param("user", userId)
                .param("now", Timestamp.from(now)).update() == 1;
        if (updated) {
            replaceCommunes(id, d.communes());
        }
        return updated;
    }

    /** Closes the current status the day before {@code from} and opens {@code status} from then. */
    void appendStatus(long id, ModelStatus status, LocalDate from) {
        jdbc.sql("UPDATE programme_model_statuses SET to_date = :to WHERE model_id = :id AND to_date IS NULL")
                .param("to", Date.valueOf(from.minusDays(1))).param("id", id).update();
        jdbc.sql("INSERT INTO programme_model_statuses (model_id, status, from_date) VALUES (:id, :status, :from)")
                .param("id", id).param("status", status.name()).param("from", Date.valueOf(from)).update();
    }

    /** Changes the status of the open span that starts on {@code from}. */
    void restate(long id, ModelStatus status, LocalDate from) {
        jdbc.sql("UPDATE programme_model_statuses SET status = :status WHERE model_id = :id AND from_date = :from")
                .param("status", status.name()).param("id", id).param("from", Date.valueOf(from)).update();
    }

    Optional<Model> find(long id) {
        return jdbc.sql("SELECT * FROM programme_models WHERE id = :id").param("id", id)
                .query((rs, row) -> row(rs)).optional().map(this::complete);
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM programme_models WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    /** Every model, by name, with communes and statuses in three statements. */
    List<Model> all() {
        List<Model> rows = jdbc.sql("SELECT * FROM programme_models ORDER BY name, id").query((rs, row) -> row(rs))
                .list();
        Map<Long, List<String>> communes = new HashMap<>();
        jdbc.sql("SELECT model_id, commune_code FROM programme_model_communes ORDER BY commune_code")
                .query((ResultSet rs) -> {
                    communes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<StatusSpan>> statuses = new HashMap<>();
        jdbc.sql("SELECT * FROM programme_model_statuses ORDER BY from_date").query((ResultSet rs) -> {
            statuses.computeIfAbsent(rs.getLong("model_id"), k -> new ArrayList<>()).add(span(rs));
        });
        return rows.stream().map(m -> with(m, communes.getOrDefault(m.id(), List.of()),
                statuses.getOrDefault(m.id(), List.of()))).toList();
    }

    private Model complete(Model m) {
        List<String> communes = jdbc.sql("""
                        SELECT commune_code FROM programme_model_communes WHERE model_id = :id ORDER BY commune_code""")
                .param("id", m.id()).query(String.class).list();
        List<StatusSpan> statuses = jdbc.sql("""
                        SELECT * FROM programme_model_statuses WHERE model_id = :id ORDER BY from_date""")
                .param("id", m.id()).query((rs, row) -> span(rs)).list();
        return with(m, communes, statuses);
    }

    private void replaceCommunes(long id, List<String> communes) {
        jdbc.sql("DELETE FROM programme_model_communes WHERE model_id = :id").param("id", id).update();
        for (String code : communes) {
            jdbc.sql("INSERT INTO programme_model_communes (model_id, commune_code) VALUES (:id, :code)")
                    .param("id", id).param("code", code).update();
        }
    }

    private static Map<String, Object> params(ModelDetails d) {
        var params = new LinkedHashMap<String, Object>();
        params.put("name", d.name());
        params.put("kind", d.kind());
        params.put("pilot", Boolean.TRUE.equals(d.pilot()));
        params.put("period", d.programmePeriod());
        params.put("lead", d.leadOrganisationId());
        params.put("partners", d.partners());
        params.put("funders", d.funders());
        params.put("objectives", d.objectives());
        params.put("description", d.description());
        return params;
    }

    private static StatusSpan span(ResultSet rs) throws SQLException {
        Date to = rs.getDate("to_date");
        return new StatusSpan(ModelStatus.valueOf(rs.getString("status")), rs.getDate("from_date").toLocalDate(),
                to == null ? null : to.toLocalDate());
    }

    /** The row without communes and statuses, which {@link #with} adds; a placeholder span keeps the record valid. */
    private static Model row(ResultSet rs) throws SQLException {
        long leadId = rs.getLong("lead_organisation_id");
        Long lead = rs.wasNull() ? null : leadId;
        return new Model(rs.getLong("id"), rs.getInt("version"), rs.getString("name"), rs.getString("kind"),
                rs.getBoolean("pilot"), rs.getString("programme_period"), lead,
                rs.getString("partners"), rs.getString("funders"), rs.getString("objectives"),
                rs.getString("description"), List.of(), List.of());
    }

    private static Model with(Model m, List<String> communes, List<StatusSpan> statuses) {
        return new Model(m.id(), m.version(), m.name(), m.kind(), m.pilot(), m.programmePeriod(),
                m.leadOrganisationId(), m.partners(), m.funders(), m.objectives(), m.description(), communes,
                statuses);
    }
}
