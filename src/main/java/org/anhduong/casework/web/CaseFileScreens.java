package org.anhduong.casework.web;

import org.anhduong.casework.CaseChanges;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.Priority;
import org.anhduong.casework.RiskLevel;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** The case file's summary tab: read (audited) and moved on under its version. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class CaseFileScreens {

    static final String PATH = "/cases";
    static final String VIEW = "casework/summary";
    static final String NOTICE = "caseNotice";

    private final CaseManagement cases;
    private final SummaryPages pages;

    CaseFileScreens(CaseManagement cases, SummaryPages pages) {
        this.cases = cases;
        this.pages = pages;
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String summary(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.stored(id, (String) model.getAttribute(NOTICE),
                (String) model.getAttribute("openedNumber")));
        return VIEW;
    }

    @PostMapping(PATH + "/{id:\\d+}")
    String change(@PathVariable long id, TeamForm form, Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        CaseStatus status = values.enumOf(CaseStatus.class, form.status(), "status");
        Priority priority = values.enumOf(Priority.class, form.priority(), "priority");
        RiskLevel risk = values.enumOf(RiskLevel.class, form.riskLevel(), "riskLevel");
        try {
            if (!values.problems().isEmpty() || status == null || priority == null || risk == null) {
                throw new InvalidInputException(values.problems().isEmpty()
                        ? List.of(new org.anhduong.platform.web.FieldProblem("status", "validation.required"))
                        : values.problems());
            }
            CaseRecord current = cases.caseRecord(id);
            // Only a supervisor's form has the worker field; without it the team stays as it is.
            Long worker = Boolean.TRUE.equals(form.assigning()) ? form.assignedWorkerId() : current.assignedWorkerId();
            cases.update(id, form.version() == null ? -1 : form.version(),
                    new CaseChanges(status, priority, risk, worker, current.supervisorId()));
            redirect.addFlashAttribute(NOTICE, "casework.summary.saved");
            return "redirect:" + PATH + "/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.refused(id, form, false, e.problems()));
        } catch (ConflictException stale) {
            model.addAttribute("page", pages.refused(id, form, true, List.of()));
        }
        return VIEW;
    }
}
