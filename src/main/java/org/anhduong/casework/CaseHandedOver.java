package org.anhduong.casework;

import java.time.Instant;
import java.time.LocalDate;

/** A case's client was handed over (to her family, locality or an organisation); published once, when recorded. */
public record CaseHandedOver(long caseId, long organisationId, long handoverId, CaseType caseType, HandoverTo to,
                             LocalDate handedOverOn, long recordedBy, Instant recordedAt) {
}
