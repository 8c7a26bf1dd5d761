package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A consent as a case worker records it.
 *
 * @param recipientOrganisationId the organisation it names, or {@code null} for any recipient for the purpose
 * @param guardianName            the guardian's name when a guardian consented; encrypted
 * @param childAgreed             the child's own agreement when a guardian consented (needed from age 7)
 * @param givenOn                 the day it was given, not in the future
 * @param validUntil              its last valid day, or {@code null} until withdrawn
 */
public record NewConsent(ConsentPurpose purpose, @Nullable Long recipientOrganisationId, ConsentGiver givenBy,
                         @Nullable String guardianName, @Nullable GuardianRelation guardianRelation,
                         @Nullable Boolean childAgreed, LocalDate givenOn, @Nullable LocalDate validUntil) {
}
