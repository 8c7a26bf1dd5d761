package org.anhduong.programme;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The programme's figures for a period ({@code from} to {@code to}, both included) and a commune (null: the whole
 * province), counts only: nothing names a participant.
 *
 * <p><b>Which records count.</b>
 * <ul>
 *     <li>A <b>model</b> counts when one of its status spans overlaps the period, once, under the last status it had
 *     within the period (a model active in 2022 and maintained from 2024 counts as maintained in 2024, as active in
 *     2022, as maintained for 2022–2024). A model whose first status starts after the period does not count. With a
 *     commune, only models running in that commune count.</li>
 *     <li>An <b>activity</b> counts when it was held in the period; a <b>training</b> when it starts in the period.
 *     With a commune, only those held in that commune.</li>
 *     <li>An <b>indicator</b> is listed when its own period overlaps the period; its value is over its own period
 *     (targets are set for it), see {@link IndicatorProgress}.</li>
 * </ul>
 *
 * @param models               models by status and kind, and the pilots
 * @param activities           activities by kind (a code of {@link CodeList#ACTIVITY_KIND}), kinds with none left out
 * @param activityParticipants participants of all those activities by sex
 * @param activityReach        the sum of the audience estimates of those activities (media)
 * @param trainings            trainings by topic (a code of {@link CodeList#TRAINING_TOPIC}) and level
 * @param trainingParticipants trainees of all those trainings by sex
 * @param indicators           indicator progress against targets, by indicator id
 */
public record ProgrammeSummary(LocalDate from, LocalDate to, @Nullable String communeCode, ModelFigures models,
                               List<ActivityFigure> activities, Participants activityParticipants, long activityReach,
                               List<TrainingFigure> trainings, Participants trainingParticipants,
                               List<IndicatorProgress> indicators) {

    public ProgrammeSummary {
        activities = List.copyOf(activities);
        trainings = List.copyOf(trainings);
        indicators = List.copyOf(indicators);
    }

    @JsonProperty("activityCount")
    public long activityCount() {
        return activities.stream().mapToLong(ActivityFigure::activities).sum();
    }

    @JsonProperty("trainingCount")
    public long trainingCount() {
        return trainings.stream().mapToLong(TrainingFigure::trainings).sum();
    }

    /**
     * The models counted in the period.
     *
     * @param total         models counted
     * @param byStatus      every status, zero when none (e.g. MAINTAINED 22, ACTIVE 11)
     * @param byKind        models by kind (a code of {@link CodeList#MODEL_KIND}) and status, pairs with none left out
     * @param pilots        models counted that are pilots (flagged pilot, or of the kind {@code PILOT})
     * @param pilotCommunes distinct communes where those pilots run (within the commune asked for, if any)
     */
    public record ModelFigures(long total, Map<ModelStatus, Long> byStatus, List<KindCount> byKind, long pilots,
                               long pilotCommunes) {

        public ModelFigures {
            byStatus = Map.copyOf(byStatus);
            byKind = List.copyOf(byKind);
        }
    }

    /** Models of one kind with one status. */
    public record KindCount(String kind, ModelStatus status, long models) {
    }

    /** Activities of one kind: how many, their participants by sex and their reach. */
    public record ActivityFigure(String kind, long activities, Participants participants, long reach) {
    }

    /**
     * Trainings of one topic at one level: how many, their trainees by sex, and the average pre- and post-test scores
     * weighted by trainees over the trainings that collected them (null when none did).
     */
    public record TrainingFigure(String topic, TrainingLevel level, long trainings, Participants participants,
                                 @Nullable BigDecimal preTest, @Nullable BigDecimal postTest) {
    }

    /**
     * One indicator against its target.
     *
     * @param value    computed measures: counted over the indicator's period for its model (every model when none),
     *                 within the commune asked for; {@code MANUAL}: the latest value entered with a day on or before
     *                 the summary's last day, null when none
     * @param evidence the evidence note of that manual value; for computed ones null
     * @param percent  value as a whole percentage of the target (rounded down), null without a value or a target
     */
    public record IndicatorProgress(long indicatorId, String name, IndicatorMeasure measure, @Nullable Long modelId,
                                    LocalDate periodFrom, LocalDate periodTo, long target, @Nullable Long value,
                                    @Nullable String evidence, @Nullable Long percent) {
    }
}
