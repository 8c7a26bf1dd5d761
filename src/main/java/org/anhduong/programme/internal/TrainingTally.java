package org.anhduong.programme.internal;

import org.anhduong.programme.Participants;
import org.anhduong.programme.ProgrammeSummary.TrainingFigure;
import org.anhduong.programme.TrainingLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trainings starting in a period by topic and level, with their trainees and test averages weighted by trainees.
 */
final class TrainingTally {

    private final JdbcClient jdbc;

    TrainingTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TrainingFigure> figures(LocalDate from, LocalDate to, @Nullable String commune) {
        Map<String, Sums> byTopicAndLevel = new TreeMap<>();
        String where = " WHERE starts_on BETWEEN :from AND :to" + (commune == null ? "" : " AND commune_code = :commune");
        var sql = jdbc.sql("SELECT topic, level, female, male, other_sex, pre_test, post_test FROM programme_trainings"
                + where).param("from", Date.valueOf(from)).param("to", Date.valueOf(to));
        if (commune != null) {
            sql = sql.param("commune", commune);
        }
        sql.query((ResultSet rs) -> {
            var people = new Participants(rs.getLong("female"), rs.getLong("male"), rs.getLong("other_sex"));
            byTopicAndLevel.computeIfAbsent(rs.getString("topic") + "\u0000" + rs.getString("level"), k -> new Sums())
                    .add(people, rs.getBigDecimal("pre_test"), rs.getBigDecimal("post_test"));
        });
        var figures = new ArrayList<TrainingFigure>();
        byTopicAndLevel.forEach((key, sums) -> {
            String[] parts = key.split("\u0000");
            figures.add(new TrainingFigure(parts[0], TrainingLevel.valueOf(parts[1]), sums.trainings, sums.people,
                    Sums.average(sums.preSum, sums.preWeight), Sums.average(sums.postSum, sums.postWeight)));
        });
        return figures;
    }

    /** Trainings and trainees of a model (every model when null), starting in the period. */
    long[] ofModel(LocalDate from, LocalDate to, @Nullable String commune, @Nullable Long modelId) {
        String where = " WHERE starts_on BETWEEN :from AND :to" + (commune == null ? "" : " AND commune_code = :commune")
                + (modelId == null ? "" : " AND model_id = :model");
        var sql = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(female + male + other_sex), 0) FROM programme_trainings"
                + where).param("from", Date.valueOf(from)).param("to", Date.valueOf(to));
        if (commune != null) {
            sql = sql.param("commune", commune);
        }
        if (modelId != null) {
            sql = sql.param("model", modelId);
        }
        return sql.query((rs, row) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
    }

    private static final class Sums {
        long trainings;
        Participants people = Participants.NONE;
        BigDecimal preSum = BigDecimal.ZERO;
        long preWeight;
        BigDecimal postSum = BigDecimal.ZERO;
        long postWeight;

        void add(Participants p, @Nullable BigDecimal pre, @Nullable BigDecimal post) {
            trainings++;
            people = people.plus(p);
            long weight = Math.max(1, p.total());
            if (pre != null) {
                preSum = preSum.add(pre.multiply(BigDecimal.valueOf(weight)));
                preWeight += weight;
            }
            if (post != null) {
                postSum = postSum.add(post.multiply(BigDecimal.valueOf(weight)));
                postWeight += weight;
            }
        }

        static @Nullable BigDecimal average(BigDecimal sum, long weight) {
            return weight == 0 ? null : sum.divide(BigDecimal.valueOf(weight), 2, RoundingMode.HALF_UP);
        }
    }
}
