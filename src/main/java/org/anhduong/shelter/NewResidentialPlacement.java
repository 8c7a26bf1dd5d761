package org.anhduong.shelter;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A child of a case placed in a social-protection facility.
 *
 * @param companionId the child when she is a companion of the client; null when the child is the client herself
 */
public record NewResidentialPlacement(@Nullable Long companionId, @Nullable Long facilityId,
                                      @Nullable LocalDate admittedOn, @Nullable CareReason reason) {
}
