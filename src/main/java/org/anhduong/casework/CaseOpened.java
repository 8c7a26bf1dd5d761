package org.anhduong.casework;

import java.time.Instant;

/** A case was opened. Ids and codes only, never personal data. */
public record CaseOpened(long caseId, String caseNumber, long organisationId, CaseType type, CaseSource source,
                         long openedBy, Instant openedAt) {
}
