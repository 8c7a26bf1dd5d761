package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A service given to the client.
 *
 * @param providerOrganisationId the organisation that gave it, when it is one of ours
 * @param providerName           otherwise who gave it, in prose
 */
public record ServiceGiven(long id, long caseId, ServiceType type, EspSector sector, LocalDate givenOn,
                           @Nullable Long providerOrganisationId, @Nullable String providerName,
                           @Nullable String outcome, int version, long recordedBy, Instant recordedAt) {
}
