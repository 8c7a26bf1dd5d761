package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Map;

/** A recorded activity (see {@link ActivityDetails}); {@code version} for If-Match. */
public record Activity(long id, int version, String kind, LocalDate heldOn, @Nullable Long modelId,
                       @Nullable Long campaignId, @Nullable String communeCode, @Nullable String organiser,
                       @Nullable String description, Participants participants, Map<AgeGroup, Integer> ageGroups,
                       Map<ParticipantRole, Integer> roles, @Nullable Integer reach) {

    public Activity {
        ageGroups = Map.copyOf(ageGroups);
        roles = Map.copyOf(roles);
    }
}
