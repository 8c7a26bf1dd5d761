package org.anhduong.casework.web;

import org.anhduong.audit.AuditOutcome;
import org.anhduong.casework.CaseManagement;
import org.anhduong.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The case file's history tab: the audit events of the case and its client, for the team. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class HistoryScreens {

    private final CaseManagement cases;
    private final CaseFileHeaders headers;
    private final Labels labels;

    HistoryScreens(CaseManagement cases, CaseFileHeaders headers, Labels labels) {
        this.cases = cases;
        this.headers = headers;
        this.labels = labels;
    }

    @GetMapping(CaseFileScreens.PATH + "/{id:\\d+}/" + CaseFileTabs.HISTORY)
    String history(@PathVariable long id, Model model) {
        var events = cases.history(id);
        var found = cases.caseRecord(id);
        var rows = events.stream().map(e -> new HistoryPage.Row(e.occurredAt(),
                e.actorUsername() == null ? "" : e.actorUsername(), labels.text("casework.action." + e.action()),
                labels.text("casework.outcome." + e.outcome().name()), e.outcome() == AuditOutcome.DENIED)).toList();
        model.addAttribute("page", new HistoryPage(headers.of(found, CaseFileTabs.HISTORY), rows));
        return "casework/history";
    }
}
