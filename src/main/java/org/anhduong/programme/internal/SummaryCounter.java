package org.anhduong.programme.internal;

import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.programme.Indicator;
import org.anhduong.programme.IndicatorMeasure;
import org.anhduong.programme.IndicatorValue;
import org.anhduong.programme.Participants;
import org.anhduong.programme.ProgrammeSummary;
import org.anhduong.programme.ProgrammeSummary.ActivityFigure;
import org.anhduong.programme.ProgrammeSummary.IndicatorProgress;
import org.anhduong.programme.ProgrammeSummary.TrainingFigure;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Counts the programme summary (see {@link ProgrammeSummary} for the rules); no access check, no audit. */
@Component
class SummaryCounter {

    private final JdbcClient jdbc;
    private final Models models;
    private final Indicators indicators;

    SummaryCounter(JdbcClient jdbc, Models models, Indicators indicators) {
        this.jdbc = jdbc;
        this.models = models;
        this.indicators = indicators;
    }

    ProgrammeSummary summary(LocalDate from, LocalDate to, @Nullable String communeCode) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "programme.period.order");
        }
        List<ActivityFigure> activities = activities(from, to, communeCode, null);
        List<TrainingFigure> trainings = new TrainingTally(jdbc).figures(from, to, communeCode);
        return new ProgrammeSummary(from, to, communeCode, ModelCount.figures(models.all(), from, to, communeCode),
                activities, activities.stream().map(ActivityFigure::participants).reduce(Participants.NONE,
                Participants::plus), activities.stream().mapToLong(ActivityFigure::reach).sum(), trainings,
                trainings.stream().map(TrainingFigure::participants).reduce(Participants.NONE, Participants::plus),
                progress(from, to, communeCode));
    }

    private List<ActivityFigure> activities(LocalDate from, LocalDate to, @Nullable String commune,
                                            @Nullable Long modelId) {
        String where = " WHERE held_on BETWEEN :from AND :to" + (commune == null ? "" : " AND commune_code = :commune")
                + (modelId == null ? "" : " AND model_id = :model");
        var sql = jdbc.sql("""
                        SELECT kind, COUNT(*), SUM(female), SUM(male), SUM(other_sex), SUM(COALESCE(reach, 0))
                        FROM programme_activities""" + where + " GROUP BY kind ORDER BY kind")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to));
        if (commune != null) {
            sql = sql.param("commune", commune);
        }
        if (modelId != null) {
            sql = sql.param("model", modelId);
        }
        return sql.query((rs, row) -> new ActivityFigure(rs.getString(1), rs.getLong(2),
                new Participants(rs.getLong(3), rs.getLong(4), rs.getLong(5)), rs.getLong(6))).list();
    }

    private List<IndicatorProgress> progress(LocalDate from, LocalDate to, @Nullable String commune) {
        var progress = new ArrayList<IndicatorProgress>();
        for (Indicator i : indicators.overlapping(from, to)) {
            Long value = null;
            String evidence = null;
            if (i.measure().computed()) {
                value = computed(i, commune);
            } else {
                IndicatorValue latest = null;
                for (IndicatorValue v : i.values()) {
                    latest = v.measuredOn().isAfter(to) ? latest : v;
                }
                value = latest == null ? null : latest.amount();
                evidence = latest == null ? null : latest.evidence();
            }
            Long percent = value == null || i.target() <= 0 ? null : value * 100 / i.target();
            progress.add(new IndicatorProgress(i.id(), i.name(), i.measure(), i.modelId(), i.periodFrom(),
                    i.periodTo(), i.target(), value, evidence, percent));
        }
        return progress;
    }

    private long computed(Indicator i, @Nullable String commune) {
        if (i.measure() == IndicatorMeasure.PEOPLE_REACHED || i.measure() == IndicatorMeasure.ACTIVITIES_HELD) {
            var figures = activities(i.periodFrom(), i.periodTo(), commune, i.modelId());
            return i.measure() == IndicatorMeasure.ACTIVITIES_HELD
                    ? figures.stream().mapToLong(ActivityFigure::activities).sum()
                    : figures.stream().mapToLong(f -> f.participants().total()).sum();
        }
        long[] trained = new TrainingTally(jdbc).ofModel(i.periodFrom(), i.periodTo(), commune, i.modelId());
        return i.measure() == IndicatorMeasure.TRAININGS_HELD ? trained[0] : trained[1];
    }

}
