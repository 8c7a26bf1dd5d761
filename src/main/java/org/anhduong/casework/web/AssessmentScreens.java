package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.anhduong.casework.Assessment;
import org.anhduong.casework.Assessments;
import org.anhduong.casework.NewAssessment;
import org.anhduong.casework.RiskInstrument;
import org.anhduong.casework.RiskResult.Level;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The case file's assessments tab: the default instrument as a form, and the case's assessments, newest first. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class AssessmentScreens {

    static final String TAB = "assessments";
    static final String VIEW = "casework/work/assessments";

    private final Assessments assessments;
    private final WorkPages pages;
    private final Labels labels;

    AssessmentScreens(Assessments assessments, WorkPages pages, Labels labels) {
        this.assessments = assessments;
        this.pages = pages;
        this.labels = labels;
    }

    @GetMapping(CaseFileScreens.PATH + "/{id:\\d+}/" + TAB)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", page(id, Map.of(), "", List.of(), (String) model.getAttribute("notice"),
                Boolean.TRUE.equals(model.getAttribute("alerted"))));
        return VIEW;
    }

    @PostMapping(CaseFileScreens.PATH + "/{id:\\d+}/" + TAB)
    String assess(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        Map<String, @Nullable Boolean> answers = answers(form);
        String plan = WorkForms.orEmpty(form.get("safetyPlan"));
        try {
            Assessment made = assessments.assess(id, new NewAssessment(answers, plan));
            redirect.addFlashAttribute("notice", labels.text("casework.assessment.saved",
                    labels.text(made.level().labelKey())));
            redirect.addFlashAttribute("alerted", made.level() == Level.HIGH);
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(id, answers, plan, e.problems(), null, false));
            return VIEW;
        }
    }

    /** "answer.CODE" = "yes" / "no"; anything else is unanswered. */
    private static Map<String, @Nullable Boolean> answers(Map<String, String> form) {
        Map<String, @Nullable Boolean> answers = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("answer.") && ("yes".equals(value) || "no".equals(value))) {
                answers.put(name.substring("answer.".length()), "yes".equals(value));
            }
        });
        return answers;
    }

    private AssessmentPage page(long id, Map<String, @Nullable Boolean> answers, String plan,
                                List<FieldProblem> problems, @Nullable String notice, boolean alerted) {
        CaseFileHeader header = pages.header(id, TAB);
        RiskInstrument instrument = assessments.instrument();
        var questions = instrument.items().stream().map(item -> new AssessmentPage.Question(item.code(),
                labels.text(item.labelKey()), item.redFlag(), answer(answers.get(item.code())))).toList();
        var names = pages.names();
        var rows = assessments.of(id).stream().map(a -> new AssessmentPage.Row(a.assessedAt(),
                labels.text(a.level().labelKey()), a.level() == Level.HIGH, a.total(),
                a.redFlags().stream().map(code -> instrument.item(code).map(i -> labels.text(i.labelKey())).orElse(code))
                        .toList(), a.unanswered().size(), names.of(a.assessedBy()), a.safetyPlan())).toList();
        return new AssessmentPage(header, labels.text(instrument.labelKey()), questions, plan,
                pages.errors(problems, ""), rows, notice, alerted);
    }

    private static String answer(@Nullable Boolean answer) {
        return answer == null ? "" : answer ? "yes" : "no";
    }
}
