package org.anhduong.casework;

import java.time.Instant;

/** A case moved from one status to another. */
public record CaseStatusChanged(long caseId, long organisationId, CaseStatus from, CaseStatus to, long changedBy,
                                Instant changedAt) {
}
