package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Map;

/**
 * An activity, under a model or standalone, perhaps part of a campaign.
 *
 * @param kind          a code of the {@link CodeList#ACTIVITY_KIND} list
 * @param participants  people who took part, by sex (zeros when none were counted, e.g. a broadcast)
 * @param ageGroups     the same people by age group where known (may sum to less than the total)
 * @param roles         the same people by role where known (may sum to less than the total)
 * @param reach         the audience estimate of media (listeners, viewers, people reached online)
 */
public record ActivityDetails(@Nullable String kind, @Nullable LocalDate heldOn, @Nullable Long modelId,
                              @Nullable Long campaignId, @Nullable String communeCode, @Nullable String organiser,
                              @Nullable String description, @Nullable Participants participants,
                              @Nullable Map<AgeGroup, Integer> ageGroups,
                              @Nullable Map<ParticipantRole, Integer> roles, @Nullable Integer reach) {
}
