package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A follow-up to plan.
 *
 * @param assignedTo a member of the case's team; null for the user who plans it
 */
public record NewFollowUp(@Nullable LocalDate dueOn, @Nullable String purpose, @Nullable Long assignedTo) {
}
