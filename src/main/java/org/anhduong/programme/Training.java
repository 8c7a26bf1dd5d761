package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A recorded training (see {@link TrainingDetails}); {@code version} for If-Match. */
public record Training(long id, int version, String topic, TrainingLevel level, LocalDate startsOn, LocalDate endsOn,
                       @Nullable Long modelId, @Nullable Long campaignId, @Nullable String communeCode,
                       @Nullable String trainer, Participants participants, Map<AgeGroup, Integer> ageGroups,
                       Map<ParticipantRole, Integer> roles, @Nullable BigDecimal preTest,
                       @Nullable BigDecimal postTest) {

    public Training {
        ageGroups = Map.copyOf(ageGroups);
        roles = Map.copyOf(roles);
    }
}
