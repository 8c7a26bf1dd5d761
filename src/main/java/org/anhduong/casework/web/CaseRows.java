package org.anhduong.casework.web;

import org.anhduong.casework.CaseSummary;
import org.anhduong.casework.RiskLevel;
import org.anhduong.identity.UserAccount;
import org.anhduong.identity.UserDirectory;
import org.springframework.stereotype.Component;

import java.util.List;

/** Case summaries as list rows. */
@Component
class CaseRows {

    private final Labels labels;
    private final UserDirectory directory;

    CaseRows(Labels labels, UserDirectory directory) {
        this.labels = labels;
        this.directory = directory;
    }

    List<CaseRow> of(List<CaseSummary> cases) {
        return cases.stream().map(this::row).toList();
    }

    private CaseRow row(CaseSummary c) {
        String worker = c.assignedWorkerId() == null ? labels.text("casework.list.unassigned")
                : directory.findUser(c.assignedWorkerId()).map(UserAccount::fullName).orElse("");
        return new CaseRow(c.id(), c.caseNumber(), c.survivorCode(), labels.of(c.type()), labels.of(c.status()),
                labels.of(c.priority()), labels.of(c.riskLevel()), c.riskLevel() == RiskLevel.HIGH, c.openedAt(), worker);
    }
}
