package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up of the case: what to check and by when, who does it, and what came of it once done. */
public record FollowUp(long id, long caseId, LocalDate dueOn, String purpose, long assignedTo,
                       @Nullable Instant doneAt, @Nullable String result, int version, long createdBy,
                       Instant createdAt) {

    public boolean done() {
        return doneAt != null;
    }
}
