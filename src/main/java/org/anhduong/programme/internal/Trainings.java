package org.anhduong.programme.internal;

import org.anhduong.programme.Participants;
import org.anhduong.programme.Training;
import org.anhduong.programme.TrainingDetails;
import org.anhduong.programme.TrainingLevel;
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

/** Trainings with their trainees by sex; groups by age and role in {@link ParticipantGroups}. */
@Repository
class Trainings {

    private final JdbcClient jdbc;
    private final ParticipantGroups groups;

    Trainings(JdbcClient jdbc, ParticipantGroups groups) {
        this.jdbc = jdbc;
        this.groups = groups;
    }

    long insert(TrainingDetails d, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO programme_trainings (model_id, campaign_id, topic, level, starts_on, ends_on,
                               commune_code, trainer, female, male, other_sex, pre_test, post_test, version,
                               updated_by, updated_at)
                        VALUES (:model, :campaign, :topic, :level, :starts, :ends, :commune, :trainer, :female, :male,
                               :other, :pre, :post, 1, :user, :now)""")
                .params(params(d)).param("user", userId).param("now", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        groups.replace(ParticipantGroups.TRAINING, id, d.ageGroups(), d.roles());
        return id;
    }

    boolean update(long id, int version, TrainingDetails d, long userId, Instant now) {
        boolean updated = jdbc.sql("""
                        UPDATE programme_trainings SET model_id = :model, campaign_id = :campaign, topic = :topic,
                               level = :level, starts_on = :starts, ends_on = :ends, commune_code = :commune,
                               trainer = :trainer, female = :female, male = :male, other_sex = :other,
                               pre_test = :pre, post_test = :post, version = version + 1, updated_by = :user,
                               updated_at = :now
                        WHERE id = :id AND version = :version""")
                .params(params(d)).param("id", id).param("version", version).param("user", userId)
                .param("now", Timestamp.from(now)).update() == 1;
        if (updated) {
            groups.replace(ParticipantGroups.TRAINING, id, d.ageGroups(), d.roles());
        }
        return updated;
    }

    Optional<Training> find(long id) {
        return jdbc.sql("SELECT * FROM programme_trainings WHERE id = :id").param("id", id)
                .query((rs, row) -> training(rs)).optional();
    }

    List<Training> startingBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT * FROM programme_trainings WHERE starts_on BETWEEN :from AND :to
                        ORDER BY starts_on DESC, id DESC""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, row) -> training(rs)).list();
    }

    private static Map<String, Object> params(TrainingDetails d) {
        Participants p = d.participants();
        var params = new LinkedHashMap<String, Object>();
        params.put("model", d.modelId());
        params.put("campaign", d.campaignId());
        params.put("topic", d.topic());
        params.put("level", d.level().name());
        params.put("starts", Date.valueOf(d.startsOn()));
        params.put("ends", Date.valueOf(d.endsOn()));
        params.put("commune", d.communeCode());
        params.put("trainer", d.trainer());
        params.put("female", p.female());
        params.put("male", p.male());
        params.put("other", p.otherOrUnknown());
        params.put("pre", d.preTest());
        params.put("post", d.postTest());
        return params;
    }

    private Training training(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Training(id, rs.getInt("version"), rs.getString("topic"),
                TrainingLevel.valueOf(rs.getString("level")), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), Rows.optionalLong(rs, "model_id"),
                Rows.optionalLong(rs, "campaign_id"), rs.getString("commune_code"), rs.getString("trainer"),
                Rows.participants(rs), groups.ages(ParticipantGroups.TRAINING, id),
                groups.roles(ParticipantGroups.TRAINING, id), rs.getBigDecimal("pre_test"),
                rs.getBigDecimal("post_test"));
    }
}
