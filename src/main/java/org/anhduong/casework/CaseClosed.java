package org.anhduong.casework;

import java.time.Instant;

/** A case was closed (approved, or closed directly where no approval is needed). */
public record CaseClosed(long caseId, long organisationId, ClosureReason reason, long closedBy, Instant closedAt) {
}
