package org.anhduong.programme.internal;

import org.anhduong.programme.FollowUpAction;
import org.anhduong.programme.Visit;
import org.anhduong.programme.VisitDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Supervision visits and their follow-up actions. */
@Repository
class Visits {

    private final JdbcClient jdbc;

    Visits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(VisitDetails d, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO programme_visits (model_id, visited_on, commune_code, findings, recommendations,
                               version, updated_by, updated_at)
                        VALUES (:model, :on, :commune, :findings, :recommendations, 1, :user, :now)""")
                .params(params(d)).param("user", userId).param("now", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceActions(id, d.actions());
        return id;
    }

    boolean update(long id, int version, VisitDetails d, long userId, Instant now) {
        boolean updated = jdbc.sql("""
                        UPDATE programme_visits SET model_id = :model, visited_on = :on, commune_code = :commune,
                               findings = :findings, recommendations = :recommendations, version = version + 1,
                               updated_by = :user, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .params(params(d)).param("id", id).param("version", version).param("user", userId)
                .param("now", Timestamp.from(now)).update() == 1;
        if (updated) {
            replaceActions(id, d.actions());
        }
        return updated;
    }

    Optional<Visit> find(long id) {
        return jdbc.sql("SELECT * FROM programme_visits WHERE id = :id").param("id", id)
                .query((rs, row) -> visit(rs)).optional();
    }

    List<Visit> all() {
        return jdbc.sql("SELECT * FROM programme_visits ORDER BY visited_on DESC, id DESC")
                .query((rs, row) -> visit(rs)).list();
    }

    private void replaceActions(long id, List<FollowUpAction> actions) {
        jdbc.sql("DELETE FROM programme_visit_actions WHERE visit_id = :id").param("id", id).update();
        for (int i = 0; i < actions.size(); i++) {
            FollowUpAction a = actions.get(i);
            jdbc.sql("""
                            INSERT INTO programme_visit_actions (visit_id, position, action, owner, due_on, done)
                            VALUES (:id, :position, :action, :owner, :due, :done)""")
                    .param("id", id).param("position", i).param("action", a.action()).param("owner", a.owner())
                    .param("due", Date.valueOf(a.dueOn())).param("done", Boolean.TRUE.equals(a.done())).update();
        }
    }

    private List<FollowUpAction> actions(long id) {
        return jdbc.sql("""
                        SELECT action, owner, due_on, done FROM programme_visit_actions
                        WHERE visit_id = :id ORDER BY position""")
                .param("id", id).query((rs, row) -> new FollowUpAction(rs.getString(1), rs.getString(2),
                        rs.getDate(3).toLocalDate(), rs.getBoolean(4))).list();
    }

    private static Map<String, Object> params(VisitDetails d) {
        var params = new LinkedHashMap<String, Object>();
        params.put("model", d.modelId());
        params.put("on", Date.valueOf(d.visitedOn()));
        params.put("commune", d.communeCode());
        params.put("findings", d.findings());
        params.put("recommendations", d.recommendations());
        return params;
    }

    private Visit visit(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Visit(id, rs.getInt("version"), rs.getDate("visited_on").toLocalDate(),
                Rows.optionalLong(rs, "model_id"), rs.getString("commune_code"), rs.getString("findings"),
                rs.getString("recommendations"), actions(id));
    }
}
