package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An in-app alert about a case to one user; no personal details, the survivor code stands for the client. */
public record CaseAlert(long id, long caseId, String caseNumber, String survivorCode, AlertKind kind,
                        Instant createdAt, @Nullable Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
