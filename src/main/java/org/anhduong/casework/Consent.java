package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded consent, decrypted for the case's team. A withdrawn consent stays, with the day and who withdrew it.
 *
 * @param recipientOrganisationId the organisation it names, or {@code null} for any recipient
 * @param withdrawnOn             the day it was withdrawn (it no longer counts from that day), or {@code null}
 */
public record Consent(long id, long caseId, ConsentPurpose purpose, @Nullable Long recipientOrganisationId,
                      ConsentGiver givenBy, @Nullable String guardianName, @Nullable GuardianRelation guardianRelation,
                      @Nullable Boolean childAgreed, LocalDate givenOn, @Nullable LocalDate validUntil,
                      @Nullable LocalDate withdrawnOn, @Nullable ConsentGiver withdrawnBy, long recordedBy,
                      Instant recordedAt) {

    public boolean withdrawn() {
        return withdrawnOn != null;
    }
}
