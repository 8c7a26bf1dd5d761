package org.anhduong.casework.web;

import org.anhduong.casework.CaseRecord;
import org.jspecify.annotations.Nullable;

/**
 * The summary tab's form: status, priority, risk level and (for supervisors) the case worker, under a version.
 *
 * @param assigning the form carried the worker field (supervisors' form); otherwise the team is left alone
 */
public record TeamForm(@Nullable String status, @Nullable String priority, @Nullable String riskLevel,
                       @Nullable Long assignedWorkerId, @Nullable Boolean assigning, @Nullable Integer version) {

    static TeamForm of(CaseRecord c) {
        return new TeamForm(c.status().name(), c.priority().name(), c.riskLevel().name(), c.assignedWorkerId(), null,
                c.version());
    }

    public String worker() {
        return assignedWorkerId == null ? "" : assignedWorkerId.toString();
    }
}
