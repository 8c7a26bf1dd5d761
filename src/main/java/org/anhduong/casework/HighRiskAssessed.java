package org.anhduong.casework;

import java.time.Instant;
import java.util.List;

/** A safety assessment found the case HIGH risk; {@code alerted} are the supervisors who got an alert. */
public record HighRiskAssessed(long caseId, long organisationId, long assessmentId, List<Long> alerted,
                               long assessedBy, Instant assessedAt) {

    public HighRiskAssessed {
        alerted = List.copyOf(alerted);
    }
}
