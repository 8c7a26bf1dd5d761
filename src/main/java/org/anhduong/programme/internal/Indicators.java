package org.anhduong.programme.internal;

import org.anhduong.programme.Indicator;
import org.anhduong.programme.IndicatorDetails;
import org.anhduong.programme.IndicatorMeasure;
import org.anhduong.programme.IndicatorValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Indicators with their targets, and the values entered by hand. */
@Repository
class Indicators {

    private final JdbcClient jdbc;

    Indicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(IndicatorDetails d, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO programme_indicators (model_id, name, measure, period_from, period_to, target,
                               version, updated_by, updated_at)
                        VALUES (:model, :name, :measure, :from, :to, :target, 1, :user, :now)""")
                .params(params(d)).param("user", userId).param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, IndicatorDetails d, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE programme_indicators SET model_id = :model, name = :name, measure = :measure,
                               period_from = :from, period_to = :to, target = :target, version = version + 1,
                               updated_by = :user, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .params(params(d)).param("id", id).param("version", version).param("user", userId)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    void addValue(long id, IndicatorValue v, long userId, Instant now) {
        jdbc.sql("""
                        INSERT INTO programme_indicator_values (indicator_id, measured_on, amount, evidence,
                               recorded_by, recorded_at)
                        VALUES (:id, :on, :amount, :evidence, :user, :now)""")
                .param("id", id).param("on", Date.valueOf(v.measuredOn())).param("amount", v.amount())
                .param("evidence", v.evidence()).param("user", userId).param("now", Timestamp.from(now)).update();
    }

    Optional<Indicator> find(long id) {
        return jdbc.sql("SELECT * FROM programme_indicators WHERE id = :id").param("id", id)
                .query((rs, row) -> indicator(rs)).optional();
    }

    List<Indicator> all() {
        return jdbc.sql("SELECT * FROM programme_indicators ORDER BY period_from, name, id")
                .query((rs, row) -> indicator(rs)).list();
    }

    /** Indicators whose period shares a day with the given one. */
    List<Indicator> overlapping(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT * FROM programme_indicators WHERE period_from <= :to AND period_to >= :from
                        ORDER BY period_from, name, id""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, row) -> indicator(rs)).list();
    }

    private List<IndicatorValue> values(long id) {
        return jdbc.sql("""
                        SELECT measured_on, amount, evidence FROM programme_indicator_values
                        WHERE indicator_id = :id ORDER BY measured_on, id""")
                .param("id", id).query((rs, row) -> new IndicatorValue(rs.getDate(1).toLocalDate(), rs.getLong(2),
                        rs.getString(3))).list();
    }

    private static Map<String, Object> params(IndicatorDetails d) {
        var params = new LinkedHashMap<String, Object>();
        params.put("model", d.modelId());
        params.put("name", d.name());
        params.put("measure", d.measure().name());
        params.put("from", Date.valueOf(d.periodFrom()));
        params.put("to", Date.valueOf(d.periodTo()));
        params.put("target", d.target());
        return params;
    }

    private Indicator indicator(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Indicator(id, rs.getInt("version"), rs.getString("name"),
                IndicatorMeasure.valueOf(rs.getString("measure")), Rows.optionalLong(rs, "model_id"),
                rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(), rs.getLong("target"),
                values(id));
    }
}
