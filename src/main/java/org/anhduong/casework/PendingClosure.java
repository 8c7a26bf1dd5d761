package org.anhduong.casework;

import java.time.Instant;

/** A closure waiting for a supervisor's decision, as the supervisors' list shows it: codes, no personal data. */
public record PendingClosure(long closureId, long caseId, String caseNumber, String survivorCode, CaseType type,
                             ClosureReason reason, long requestedBy, Instant requestedAt) {
}
