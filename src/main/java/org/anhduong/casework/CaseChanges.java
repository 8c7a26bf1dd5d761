package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

/**
 * The case's changeable state as the caller wants it after the change. Status moves only forward
 * ({@link CaseStatus#mayMoveTo}); only supervisors change the assignment.
 *
 * @param assignedWorkerId null leaves the case unassigned (back in the team's intake list)
 */
public record CaseChanges(CaseStatus status, Priority priority, RiskLevel riskLevel, @Nullable Long assignedWorkerId,
                          @Nullable Long supervisorId) {

    /** The case's current values, to change some of them. */
    public static CaseChanges of(CaseRecord current) {
        return new CaseChanges(current.status(), current.priority(), current.riskLevel(), current.assignedWorkerId(),
                current.supervisorId());
    }
}
