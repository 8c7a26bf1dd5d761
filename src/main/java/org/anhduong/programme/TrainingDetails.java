package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A training or capacity-building course.
 *
 * @param topic        a code of the {@link CodeList#TRAINING_TOPIC} list
 * @param level        the level the trainees work at
 * @param endsOn       the last day; the first day when null
 * @param trainer      the trainer's name (staff)
 * @param participants trainees by sex
 * @param preTest      the average pre-test score (0–100) when one was collected
 * @param postTest     the average post-test score (0–100) when one was collected
 */
public record TrainingDetails(@Nullable String topic, @Nullable TrainingLevel level, @Nullable LocalDate startsOn,
                              @Nullable LocalDate endsOn, @Nullable Long modelId, @Nullable Long campaignId,
                              @Nullable String communeCode, @Nullable String trainer,
                              @Nullable Participants participants, @Nullable Map<AgeGroup, Integer> ageGroups,
                              @Nullable Map<ParticipantRole, Integer> roles, @Nullable BigDecimal preTest,
                              @Nullable BigDecimal postTest) {
}
