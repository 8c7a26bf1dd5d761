package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A follow-up visit after a hand-over, as recorded.
 *
 * @param visitedOn not before the hand-over, not in the future
 * @param visitedBy who visited, e.g. "Cán bộ xã hội xã"; at most 200 characters
 * @param notes     encrypted, at most 4000 characters
 */
public record NewHandoverVisit(@Nullable LocalDate visitedOn, @Nullable String visitedBy,
                               @Nullable Wellbeing wellbeing, @Nullable String notes) {
}
