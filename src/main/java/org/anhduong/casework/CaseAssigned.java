package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

/** A case's team changed: its case worker or supervisor. */
public record CaseAssigned(long caseId, long organisationId, @Nullable Long assignedWorkerId,
                           @Nullable Long supervisorId, long assignedBy) {
}
