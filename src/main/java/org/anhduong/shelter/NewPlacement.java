package org.anhduong.shelter;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A placement asked for: a person of the episode (shelter's person id) in a facility from a day.
 */
public record NewPlacement(@Nullable Long personId, @Nullable Long facilityId, @Nullable LocalDate admittedOn) {
}
