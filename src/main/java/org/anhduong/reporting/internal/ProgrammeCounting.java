package org.anhduong.reporting.internal;

import org.anhduong.hotline.Sex;
import org.anhduong.programme.ModelStatus;
import org.anhduong.programme.Participants;
import org.anhduong.programme.ProgrammeSummary;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Indicator;

/**
 * {@code programme.*}: the prevention programme's figures as the programme module counts them for the period and
 * commune (its rules are on {@link ProgrammeSummary}). They belong to no organisation's cases: an organisation filter
 * does not narrow them, and the consent to statistics does not apply (participants are counted, never listed).
 */
final class ProgrammeCounting {

    private ProgrammeCounting() {
    }

    static void count(ProgrammeSummary summary, FigureSheet sheet) {
        sheet.add(Indicator.PROGRAMME_MODELS, summary.models().total());
        for (ModelStatus status : ModelStatus.values()) {
            sheet.add(Indicator.PROGRAMME_MODELS, Dimension.MODEL_STATUS, status.name(),
                    summary.models().byStatus().getOrDefault(status, 0L));
        }
        sheet.add(Indicator.PROGRAMME_PILOTS, summary.models().pilots())
                .add(Indicator.PROGRAMME_PILOT_COMMUNES, summary.models().pilotCommunes());
        for (ProgrammeSummary.ActivityFigure activity : summary.activities()) {
            sheet.add(Indicator.PROGRAMME_ACTIVITIES, activity.activities())
                    .add(Indicator.PROGRAMME_ACTIVITIES, Dimension.ACTIVITY_KIND, activity.kind(), activity.activities());
        }
        for (ProgrammeSummary.TrainingFigure training : summary.trainings()) {
            sheet.add(Indicator.PROGRAMME_TRAININGS, training.trainings())
                    .add(Indicator.PROGRAMME_TRAININGS, Dimension.TRAINING_TOPIC, training.topic(), training.trainings());
        }
        participants(summary.activityParticipants(), Indicator.PROGRAMME_ACTIVITY_PARTICIPANTS, sheet);
        participants(summary.trainingParticipants(), Indicator.PROGRAMME_TRAINING_PARTICIPANTS, sheet);
    }

    /** Women, men, and the others or unknown, under the sexes of the other indicators. */
    private static void participants(Participants participants, Indicator indicator, FigureSheet sheet) {
        sheet.add(indicator, participants.total())
                .add(indicator, Dimension.SEX, Sex.FEMALE.name(), participants.female())
                .add(indicator, Dimension.SEX, Sex.MALE.name(), participants.male())
                .add(indicator, Dimension.SEX, Sex.UNKNOWN.name(), participants.otherOrUnknown());
    }
}
