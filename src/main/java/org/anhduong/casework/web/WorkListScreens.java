package org.anhduong.casework.web;

import org.anhduong.casework.CaseAlerts;
import org.anhduong.casework.DueFollowUp;
import org.anhduong.casework.FollowUps;
import org.anhduong.casework.web.WorkListPages.AlertPage;
import org.anhduong.casework.web.WorkListPages.AlertRow;
import org.anhduong.casework.web.WorkListPages.DuePage;
import org.anhduong.casework.web.WorkListPages.DueRow;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** "Follow-ups due", "High-risk cases" and a supervisor's "Alerts". */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class WorkListScreens {

    static final String DUE = "/follow-ups/due";
    static final String HIGH_RISK = "/cases/high-risk";
    static final String ALERTS = "/alerts";

    private final FollowUps followUps;
    private final CaseAlerts alerts;
    private final CaseRows caseRows;
    private final WorkPages pages;
    private final Labels labels;

    WorkListScreens(FollowUps followUps, CaseAlerts alerts, CaseRows caseRows, WorkPages pages, Labels labels) {
        this.followUps = followUps;
        this.alerts = alerts;
        this.caseRows = caseRows;
        this.pages = pages;
        this.labels = labels;
    }

    @GetMapping(DUE)
    String due(Model model) {
        boolean supervisor = CurrentUser.get().filter(u -> u.hasRole(Roles.SUPERVISOR)).isPresent();
        var names = pages.names();
        var mine = rows(followUps.mine(), names);
        var team = supervisor ? rows(followUps.team(), names) : List.<DueRow>of();
        model.addAttribute("page", new DuePage(mine, team, supervisor));
        return "casework/work/due";
    }

    @GetMapping(HIGH_RISK)
    String highRisk(Model model) {
        model.addAttribute("page", new CaseListPage("casework.highRisk.title", "casework.highRisk.intro", HIGH_RISK,
                caseRows.of(alerts.highRiskCases()), 1, false));
        return "casework/list";
    }

    @GetMapping(ALERTS)
    @PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
    String alerts(Model model) {
        var rows = alerts.mine().stream().map(a -> new AlertRow(a.id(), a.caseId(), a.caseNumber(), a.survivorCode(),
                labels.of(a.kind()), a.createdAt(), a.acknowledgedAt())).toList();
        model.addAttribute("page", new AlertPage(rows, (String) model.getAttribute("notice")));
        return "casework/work/alerts";
    }

    @PostMapping(ALERTS + "/{alertId:\\d+}/acknowledge")
    @PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
    String acknowledge(@PathVariable long alertId, RedirectAttributes redirect) {
        alerts.acknowledge(alertId);
        redirect.addFlashAttribute("notice", labels.text("casework.alert.acknowledged"));
        return "redirect:" + ALERTS;
    }

    private static List<DueRow> rows(List<DueFollowUp> due, WorkPages.Names names) {
        return due.stream().map(f -> new DueRow(f.caseId(), f.caseNumber(), f.survivorCode(), f.dueOn(),
                names.of(f.assignedTo()), f.overdue())).toList();
    }
}
