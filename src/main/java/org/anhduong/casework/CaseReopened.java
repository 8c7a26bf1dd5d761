package org.anhduong.casework;

import java.time.Instant;

/** A closed case was reopened and is back in {@code status}. */
public record CaseReopened(long caseId, long organisationId, CaseStatus status, long reopenedBy, Instant reopenedAt) {
}
