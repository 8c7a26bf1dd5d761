package org.anhduong.casework;

import java.time.Instant;

/** A case moved to another organisation, whose accepting supervisor now leads its team. */
public record CaseTransferred(long caseId, long transferId, long fromOrganisationId, long toOrganisationId,
                              long acceptedBy, Instant transferredAt) {
}
