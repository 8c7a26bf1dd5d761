package org.anhduong.casework.web;

import org.anhduong.casework.CaseSummary;
import org.anhduong.casework.RiskLevel;
import org.anhduong.identity.UserAccount;
import org.anhduong.identity.UserDirectory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Case summaries as list rows. */
@Component
class CaseRows {

    private final Labels labels;
    private final UserDirectory directory;

    CaseRows(Labels labels, UserDirectory directory) {
        this.labels = labels;
        this.directory = directory;
    }

    /** The rows, with the workers' names looked up once for the whole list (most rows share a few workers). */
    List<CaseRow> of(List<CaseSummary> cases) {
        List<Long> workers = cases.stream().map(CaseSummary::assignedWorkerId).filter(Objects::nonNull).distinct()
                .toList();
        Map<Long, String> names = directory.findUsers(workers).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::fullName));
        return cases.stream().map(c -> row(c, names)).toList();
    }

    private CaseRow row(CaseSummary c, Map<Long, String> names) {
        String worker = c.assignedWorkerId() == null ? labels.text("casework.list.unassigned")
                : names.getOrDefault(c.assignedWorkerId(), "");
        return new CaseRow(c.id(), c.caseNumber(), c.survivorCode(), labels.of(c.type()), labels.of(c.status()),
                labels.of(c.priority()), labels.of(c.riskLevel()), c.riskLevel() == RiskLevel.HIGH, c.openedAt(), worker);
    }
}
