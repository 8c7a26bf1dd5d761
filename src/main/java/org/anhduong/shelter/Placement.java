package org.anhduong.shelter;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A stay of one person in one facility, from {@code admittedOn} until {@code dischargedOn} (open while null). A night
 * counts on the day it begins, so a discharge on the day of admission occupies no night.
 *
 * @param version   optimistic-locking version; give it back to {@link EmergencySupport#discharge}
 * @param episodeId the episode of an EMERGENCY stay; null for residential care
 * @param reason    the reason of a RESIDENTIAL_CARE stay; null for emergency stays
 */
public record Placement(long id, int version, long facilityId, String facilityName, SupportedPerson person,
                        long caseId, String survivorCode, PlacementPurpose purpose, @Nullable Long episodeId,
                        @Nullable CareReason reason, LocalDate admittedOn, @Nullable LocalDate dischargedOn) {

    @JsonProperty("open")
    public boolean open() {
        return dischargedOn == null;
    }
}
