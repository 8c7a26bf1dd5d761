package org.anhduong.programme.web;

import org.anhduong.geography.Localities;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.FormFields;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.Participants;
import org.anhduong.programme.ProgrammeActivities;
import org.anhduong.programme.ProgrammeRegistry;
import org.anhduong.programme.Training;
import org.anhduong.programme.TrainingDetails;
import org.anhduong.programme.TrainingLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Trainings: the list for readers, the form of a new one for editors. */
@Controller
class TrainingScreens {

    static final String PATH = ProgrammeScreens.PATH + "/trainings";

    private final ProgrammeActivities activities;
    private final ProgrammeRegistry registry;
    private final Localities localities;
    private final ScreenSupport support;
    private final Clock clock;

    TrainingScreens(ProgrammeActivities activities, ProgrammeRegistry registry, Localities localities,
                    ScreenSupport support, Clock clock) {
        this.activities = activities;
        this.registry = registry;
        this.localities = localities;
        this.support = support;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(org.anhduong.platform.web.Ui.ZONE));
        var rows = activities.trainings(today.minusYears(1), today.plusYears(1)).stream().map(this::row).toList();
        model.addAttribute("page", new TrainingListPage(rows, ScreenSupport.has(ProgrammeNavigation.EDITORS),
                (String) model.getAttribute(ScreenSupport.NOTICE)));
        return "programme/trainings";
    }

    @GetMapping(PATH + "/new")
    String blank(Model model) {
        ScreenSupport.requireEditor();
        model.addAttribute("page", page(TrainingForm.blank(), FormErrors.NONE));
        return "programme/training";
    }

    @PostMapping(PATH + "/new")
    String create(TrainingForm form, Model model, RedirectAttributes redirect) {
        ScreenSupport.requireEditor();
        try {
            activities.createTraining(details(form));
            redirect.addFlashAttribute(ScreenSupport.NOTICE, "programme.saved");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(form, support.errors(e.problems())));
            return "programme/training";
        }
    }

    private TrainingDetails details(TrainingForm form) {
        var fields = new FormFields();
        LocalDate starts = fields.day(form.startsOn(), "startsOn");
        LocalDate ends = fields.day(form.endsOn(), "endsOn");
        Long model = fields.id(form.modelId(), "modelId");
        var problems = new ArrayList<FieldProblem>(fields.problems());
        long female = Counts.of(form.female(), "female", problems);
        long male = Counts.of(form.male(), "male", problems);
        long other = Counts.of(form.otherOrUnknown(), "otherOrUnknown", problems);
        BigDecimal pre = Counts.score(form.preTest(), "preTest", problems);
        BigDecimal post = Counts.score(form.postTest(), "postTest", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TrainingLevel level = Arrays.stream(TrainingLevel.values()).filter(l -> l.name().equals(form.level()))
                .findFirst().orElse(null);
        return new TrainingDetails(form.topic() == null || form.topic().isBlank() ? null : form.topic(), level,
                starts, ends, model, null, form.communeCode(), form.trainer(), new Participants(female, male, other),
                Map.of(), Map.of(), pre, post);
    }

    private TrainingFormPage page(TrainingForm form, FormErrors errors) {
        var levels = new ArrayList<Choice>();
        for (TrainingLevel l : TrainingLevel.values()) {
            levels.add(new Choice(l.name(), support.text("programme.level." + l.name())));
        }
        var models = registry.models().stream().map(m -> new Choice(String.valueOf(m.id()), m.name())).toList();
        return new TrainingFormPage(form, support.choices(CodeList.TRAINING_TOPIC), levels, models,
                localities.describe(form.communeCode()), errors);
    }

    private TrainingListPage.TrainingRow row(Training t) {
        Participants p = t.participants();
        return new TrainingListPage.TrainingRow(t.id(), FormFields.shown(t.startsOn()),
                support.codeName(CodeList.TRAINING_TOPIC, t.topic()),
                support.text("programme.level." + t.level().name()),
                t.communeCode() == null ? "" : localities.find(t.communeCode()).map(l -> l.name()).orElse(""),
                p.female(), p.male(), p.total());
    }

    /** Numbers typed on the forms. */
    static final class Counts {

        private Counts() {
        }

        static long of(@Nullable String text, String field, List<FieldProblem> problems) {
            if (text == null || text.isBlank()) {
                return 0;
            }
            try {
                long n = Long.parseLong(text.strip());
                if (n >= 0 && n <= 1_000_000) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new FieldProblem(field, "programme.count.range", 1_000_000));
            return 0;
        }

        static @Nullable BigDecimal score(@Nullable String text, String field, List<FieldProblem> problems) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(field, "programme.training.score"));
                return null;
            }
        }
    }
}
