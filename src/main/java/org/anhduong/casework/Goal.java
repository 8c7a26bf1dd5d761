package org.anhduong.casework;

import java.time.Instant;

/** A goal of the case plan, agreed with the client. */
public record Goal(long id, long caseId, String text, GoalStatus status, int version, long createdBy,
                   Instant createdAt) {
}
