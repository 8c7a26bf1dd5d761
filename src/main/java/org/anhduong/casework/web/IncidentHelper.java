package org.anhduong.casework.web;

import org.anhduong.casework.AbductionStatus;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.ClassificationAnswers.Question;
import org.anhduong.casework.ClassificationStep;
import org.anhduong.casework.DomesticViolenceAct;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentDetails;
import org.anhduong.casework.Incidents;
import org.anhduong.casework.PlaceType;
import org.anhduong.casework.ReportedTo;
import org.anhduong.casework.TimeOfDay;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The new-incident screen's steps: answer the question on screen, go back one question, switch to choosing the type
 * by hand and back, and turn the posted form into an incident to save.
 */
@Component
class IncidentHelper {

    static final String ANSWER = "answer";

    private final CaseManagement cases;
    private final Incidents incidents;
    private final CaseFileHeaders headers;
    private final IncidentPages pages;
    private final Labels labels;

    IncidentHelper(CaseManagement cases, Incidents incidents, CaseFileHeaders headers, IncidentPages pages,
                   Labels labels) {
        this.cases = cases;
        this.incidents = incidents;
        this.headers = headers;
        this.pages = pages;
        this.labels = labels;
    }

    /** The form after the button pressed; a missing answer is a problem on {@code answer}. */
    Stepped step(IncidentForm form) {
        ClassificationAnswers answers = form.answers();
        String step = Objects.requireNonNullElse(form.step(), "");
        return switch (step) {
            case "back" -> back(form, answers);
            case "manual" -> new Stepped(form.with(answers, true, null), List.of());
            case "helper" -> new Stepped(form.with(answers, false, null), List.of());
            default -> answer(form, answers);
        };
    }

    IncidentHelperPage page(long caseId, IncidentForm form, List<FieldProblem> problems) {
        CaseRecord found = cases.caseRecord(caseId);
        ClassificationStep step = incidents.classify(form.answers());
        Question next = form.isManual() ? null : step.nextQuestion();
        return new IncidentHelperPage(headers.of(found, IncidentScreens.TAB), form,
                next == null ? null : question(next), answered(form.answers()),
                form.isManual() || step.type() == null ? null : result(step), pages.choices(),
                pages.actsOffered(found), pages.errors(problems), pages.communeName(form.communeCode()));
    }

    /**
     * The incident the form describes.
     *
     * @throws InvalidInputException naming every value that is not one of the choices
     */
    IncidentDetails details(IncidentForm form) {
        var values = new FormValues();
        List<FieldProblem> problems = new ArrayList<>();
        GbvimsType manualType = form.isManual() ? values.enumOf(GbvimsType.class, form.manualType(), "manualType") : null;
        if (form.isManual() && manualType == null) {
            problems.add(new FieldProblem("manualType", "validation.required"));
        }
        List<DomesticViolenceAct> acts = Objects.requireNonNull(form.acts()).stream()
                .map(a -> values.enumOf(DomesticViolenceAct.class, a, "acts")).filter(Objects::nonNull).toList();
        List<ReportedTo> reported = Objects.requireNonNull(form.reportedElsewhere()).stream()
                .map(r -> values.enumOf(ReportedTo.class, r, "reportedElsewhere")).filter(Objects::nonNull).toList();
        var details = new IncidentDetails(form.date(), values.enumOf(TimeOfDay.class, form.timeOfDay(), "timeOfDay"),
                form.communeCode(), values.enumOf(PlaceType.class, form.placeType(), "placeType"), form.description(),
                form.answers(), manualType, form.isManual() ? form.manualReason() : null, acts, List.of(),
                IncidentForm.bool(form.moneyOrGoodsExchanged()),
                values.enumOf(AbductionStatus.class, form.abduction(), "abduction"),
                IncidentForm.bool(form.harmfulTraditionalPractice()), reported);
        problems.addAll(values.problems());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return details;
    }

    private Stepped answer(IncidentForm form, ClassificationAnswers answers) {
        Question open = incidents.classify(answers).nextQuestion();
        if (open == null || form.isManual()) {
            return new Stepped(form.with(answers, form.isManual(), null), List.of());
        }
        Boolean answer = IncidentForm.bool(form.answer());
        if (answer == null) {
            return new Stepped(form.with(answers, false, null),
                    List.of(new FieldProblem(ANSWER, "casework.helper.answerRequired")));
        }
        return new Stepped(form.with(answers.with(open, answer), false, null), List.of());
    }

    /** Clears the last answer and shows its question again, with that answer still chosen. */
    private Stepped back(IncidentForm form, ClassificationAnswers answers) {
        Question last = null;
        for (Question q : Question.values()) {
            if (answers.answer(q) != null) {
                last = q;
            }
        }
        if (last == null) {
            return new Stepped(form.with(answers, false, null), List.of());
        }
        String previous = Boolean.TRUE.equals(answers.answer(last)) ? "yes" : "no";
        return new Stepped(form.with(answers.with(last, null), false, previous), List.of());
    }

    private IncidentHelperPage.QuestionView question(Question q) {
        return new IncidentHelperPage.QuestionView(IncidentForm.field(q), labels.text(q.textKey()),
                labels.text(q.helpKey()), q.ordinal() + 1, Question.values().length);
    }

    private List<IncidentHelperPage.Answered> answered(ClassificationAnswers answers) {
        List<IncidentHelperPage.Answered> answered = new ArrayList<>();
        for (Question q : Question.values()) {
            Boolean answer = answers.answer(q);
            if (answer != null) {
                answered.add(new IncidentHelperPage.Answered(labels.text(q.textKey()),
                        labels.text(answer ? "form.yes" : "form.no")));
            }
        }
        return answered;
    }

    private IncidentHelperPage.Result result(ClassificationStep step) {
        GbvimsType type = Objects.requireNonNull(step.type());
        String explanation = type == GbvimsType.NON_GBV ? labels.text("casework.helper.allNo")
                : labels.text("casework.helper.because", labels.text(firstYes(type).textKey()));
        return new IncidentHelperPage.Result(labels.text(type.labelKey()), explanation);
    }

    private static Question firstYes(GbvimsType type) {
        for (Question q : Question.values()) {
            if (q.typeIfYes() == type) {
                return q;
            }
        }
        throw new IllegalArgumentException("no question leads to " + type);
    }

    /** The form to show next and the problems to show with it. */
    record Stepped(IncidentForm form, List<FieldProblem> problems) {
    }
}
