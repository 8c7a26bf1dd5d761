package org.anhduong.casework.web;

import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CasePage;
import org.anhduong.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "My cases" (assigned to me) and "Team cases" (a supervisor's organisation, unassigned intakes first). */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class CaseListScreens {

    static final String MINE = "/cases/mine";
    static final String TEAM = "/cases/team";
    static final int PAGE_SIZE = 50;

    private final CaseManagement cases;
    private final CaseRows rows;

    CaseListScreens(CaseManagement cases, CaseRows rows) {
        this.cases = cases;
        this.rows = rows;
    }

    @GetMapping(MINE)
    String mine(@RequestParam(defaultValue = "1") int page, Model model) {
        return show(cases.myCases(Math.max(1, page), PAGE_SIZE), "casework.mine.title", "casework.mine.intro", MINE, model);
    }

    @GetMapping(TEAM)
    @PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
    String team(@RequestParam(defaultValue = "1") int page, Model model) {
        return show(cases.teamCases(Math.max(1, page), PAGE_SIZE), "casework.team.title", "casework.team.intro", TEAM, model);
    }

    private String show(CasePage found, String titleKey, String introKey, String path, Model model) {
        model.addAttribute("page", new CaseListPage(titleKey, introKey, path, rows.of(found.items()), found.page(),
                found.hasNext()));
        return "casework/list";
    }
}
