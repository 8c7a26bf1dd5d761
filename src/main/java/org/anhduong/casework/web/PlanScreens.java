package org.anhduong.casework.web;

import org.anhduong.casework.CasePlan;
import org.anhduong.casework.FollowUps;
import org.anhduong.casework.GoalDetails;
import org.anhduong.casework.GoalStatus;
import org.anhduong.casework.NewFollowUp;
import org.anhduong.casework.ServiceDetails;
import org.anhduong.casework.ServiceType;
import org.anhduong.casework.web.PlanForms.DoneForm;
import org.anhduong.casework.web.PlanForms.FollowUpForm;
import org.anhduong.casework.web.PlanForms.GoalForm;
import org.anhduong.casework.web.PlanForms.GoalStatusForm;
import org.anhduong.casework.web.PlanForms.ServiceForm;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The case file's plan tab: goals, services given and follow-ups, each form posted on its own. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class PlanScreens {

    static final String TAB = "plan";
    static final String VIEW = "casework/work/plan";
    private static final String BASE = CaseFileScreens.PATH + "/{id:\\d+}/" + TAB;

    private final CasePlan plan;
    private final FollowUps followUps;
    private final PlanPages pages;
    private final Labels labels;

    PlanScreens(CasePlan plan, FollowUps followUps, PlanPages pages, Labels labels) {
        this.plan = plan;
        this.followUps = followUps;
        this.pages = pages;
        this.labels = labels;
    }

    @GetMapping(BASE)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.page(id, (String) model.getAttribute("notice"), List.of(), "",
                PlanPages.Forms.EMPTY));
        return VIEW;
    }

    @PostMapping(BASE + "/goals")
    String addGoal(@PathVariable long id, GoalForm form, Model model, RedirectAttributes redirect) {
        var forms = new PlanPages.Forms(form, ServiceForm.EMPTY, FollowUpForm.EMPTY);
        return save(id, "goal-", forms, model, redirect, "casework.goal.saved",
                () -> plan.addGoal(id, new GoalDetails(WorkForms.orEmpty(form.text()), GoalStatus.OPEN)));
    }

    @PostMapping(BASE + "/goals/{goalId:\\d+}")
    String changeGoal(@PathVariable long id, @PathVariable long goalId, GoalStatusForm form, Model model,
                      RedirectAttributes redirect) {
        var values = new FormValues();
        GoalStatus status = values.enumOf(GoalStatus.class, form.status(), "status");
        String text = plan.goals(id).stream().filter(g -> g.id() == goalId).map(g -> g.text()).findFirst().orElse("");
        return save(id, "goal-" + goalId + "-", PlanPages.Forms.EMPTY, model, redirect, "casework.goal.saved", () -> {
            checked(values.problems());
            return plan.changeGoal(id, goalId, form.version() == null ? -1 : form.version(),
                    new GoalDetails(text, status));
        });
    }

    @PostMapping(BASE + "/services")
    String recordService(@PathVariable long id, ServiceForm form, Model model, RedirectAttributes redirect) {
        var forms = new PlanPages.Forms(GoalForm.EMPTY, form, FollowUpForm.EMPTY);
        return save(id, "service-", forms, model, redirect, "casework.service.saved", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var values = new FormValues();
            ServiceType type = values.enumOf(ServiceType.class, form.type(), "type");
            var givenOn = WorkForms.day(form.givenOn(), "givenOn", problems);
            Long org = WorkForms.id(form.providerOrganisationId(), "providerOrganisationId", problems);
            problems.addAll(values.problems());
            checked(problems);
            return plan.recordService(id, new ServiceDetails(type, givenOn, org, form.providerName(), form.outcome()));
        });
    }

    @PostMapping(BASE + "/follow-ups")
    String planFollowUp(@PathVariable long id, FollowUpForm form, Model model, RedirectAttributes redirect) {
        var forms = new PlanPages.Forms(GoalForm.EMPTY, ServiceForm.EMPTY, form);
        return save(id, "followUp-", forms, model, redirect, "casework.followUp.saved", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var dueOn = WorkForms.day(form.dueOn(), "dueOn", problems);
            Long assignee = WorkForms.id(form.assignedTo(), "assignedTo", problems);
            checked(problems);
            return followUps.plan(id, new NewFollowUp(dueOn, form.purpose(), assignee));
        });
    }

    @PostMapping(BASE + "/follow-ups/{followUpId:\\d+}/done")
    String done(@PathVariable long id, @PathVariable long followUpId, DoneForm form, Model model,
                RedirectAttributes redirect) {
        return save(id, "done-" + followUpId + "-", PlanPages.Forms.EMPTY, model, redirect, "casework.followUp.done",
                () -> followUps.done(id, followUpId, form.version() == null ? -1 : form.version(),
                        WorkForms.orEmpty(form.result())));
    }

    /** Saves and goes back to the tab with a notice; a refused form is shown again with its problems. */
    private String save(long id, String prefix, PlanPages.Forms forms, Model model, RedirectAttributes redirect,
                        String savedKey, Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("notice", labels.text(savedKey));
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.page(id, null, e.problems(), prefix, forms));
        } catch (ConflictException stale) {
            model.addAttribute("page", pages.page(id, labels.text("casework.work.stale"), List.of(), prefix,
                    PlanPages.Forms.EMPTY));
        }
        return VIEW;
    }

    private static void checked(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
