package org.anhduong.programme.internal;

import org.anhduong.programme.Activity;
import org.anhduong.programme.ActivityDetails;
import org.anhduong.programme.Participants;
import org.jspecify.annotations.Nullable;
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

/** Activities with their participants by sex; groups by age and role in {@link ParticipantGroups}. */
@Repository
class Activities {

    private final JdbcClient jdbc;
    private final ParticipantGroups groups;

    Activities(JdbcClient jdbc, ParticipantGroups groups) {
        this.jdbc = jdbc;
        this.groups = groups;
    }

    long insert(ActivityDetails d, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO programme_activities (model_id, campaign_id, kind, held_on, commune_code, organiser,
                               description, reach, female, male, other_sex, version, updated_by, updated_at)
                        VALUES (:model, :campaign, :kind, :held, :commune, :organiser, :description, :reach, :female,
                               :male, :other, 1, :user, :now)""")
                .params(params(d)).param("user", userId).param("now", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        groups.replace(ParticipantGroups.ACTIVITY, id, d.ageGroups(), d.roles());
        return id;
    }

    boolean update(long id, int version, ActivityDetails d, long userId, Instant now) {
        boolean updated = jdbc.sql("""
                        UPDATE programme_activities SET model_id = :model, campaign_id = :campaign, kind = :kind,
                               held_on = :held, commune_code = :commune, organiser = :organiser,
                               description = :description, reach = :reach, female = :female, male = :male,
                               other_sex = :other, version = version + 1, updated_by = :user, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .params(params(d)).param("id", id).param("version", version).param("user", userId)
                .param("now", Timestamp.from(now)).update() == 1;
        if (updated) {
            groups.replace(ParticipantGroups.ACTIVITY, id, d.ageGroups(), d.roles());
        }
        return updated;
    }

    Optional<Activity> find(long id) {
        return jdbc.sql("SELECT * FROM programme_activities WHERE id = :id").param("id", id)
                .query((rs, row) -> activity(rs)).optional();
    }

    List<Activity> heldBetween(LocalDate from, LocalDate to, @Nullable Long modelId) {
        String ofModel = modelId == null ? "" : " AND model_id = :model";
        var statement = jdbc.sql("SELECT * FROM programme_activities WHERE held_on BETWEEN :from AND :to" + ofModel
                        + " ORDER BY held_on DESC, id DESC")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to));
        if (modelId != null) {
            statement = statement.param("model", modelId);
        }
        return statement.query((rs, row) -> activity(rs)).list();
    }

    private static Map<String, Object> params(ActivityDetails d) {
        Participants p = d.participants();
        var params = new LinkedHashMap<String, Object>();
        params.put("model", d.modelId());
        params.put("campaign", d.campaignId());
        params.put("kind", d.kind());
        params.put("held", Date.valueOf(d.heldOn()));
        params.put("commune", d.communeCode());
        params.put("organiser", d.organiser());
        params.put("description", d.description());
        params.put("reach", d.reach());
        params.put("female", p.female());
        params.put("male", p.male());
        params.put("other", p.otherOrUnknown());
        return params;
    }

    private Activity activity(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Activity(id, rs.getInt("version"), rs.getString("kind"), rs.getDate("held_on").toLocalDate(),
                Rows.optionalLong(rs, "model_id"), Rows.optionalLong(rs, "campaign_id"), rs.getString("commune_code"),
                rs.getString("organiser"), rs.getString("description"), Rows.participants(rs),
                groups.ages(ParticipantGroups.ACTIVITY, id), groups.roles(ParticipantGroups.ACTIVITY, id),
                Rows.optionalInt(rs, "reach"));
    }
}
