package org.anhduong.programme.web;

import org.anhduong.geography.Localities;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.FormFields;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.programme.Activity;
import org.anhduong.programme.ActivityDetails;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.Participants;
import org.anhduong.programme.ProgrammeActivities;
import org.anhduong.programme.ProgrammeRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;

/** Activities: this year's list for readers, the form of a new one for editors. */
@Controller
class ActivityScreens {

    static final String PATH = ProgrammeScreens.PATH + "/activities";

    private final ProgrammeActivities activities;
    private final ProgrammeRegistry registry;
    private final Localities localities;
    private final ScreenSupport support;
    private final Clock clock;

    ActivityScreens(ProgrammeActivities activities, ProgrammeRegistry registry, Localities localities,
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
        var rows = activities.activities(today.minusYears(1), today.plusYears(1), null).stream().map(this::row)
                .toList();
        model.addAttribute("page", new ActivityListPage(rows, ScreenSupport.has(ProgrammeNavigation.EDITORS),
                (String) model.getAttribute(ScreenSupport.NOTICE)));
        return "programme/activities";
    }

    @GetMapping(PATH + "/new")
    String blank(Model model) {
        ScreenSupport.requireEditor();
        model.addAttribute("page", page(ActivityForm.blank(), FormErrors.NONE));
        return "programme/activity";
    }

    @PostMapping(PATH + "/new")
    String create(ActivityForm form, Model model, RedirectAttributes redirect) {
        ScreenSupport.requireEditor();
        try {
            activities.createActivity(details(form));
            redirect.addFlashAttribute(ScreenSupport.NOTICE, "programme.saved");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(form, support.errors(e.problems())));
            return "programme/activity";
        }
    }

    private ActivityDetails details(ActivityForm form) {
        var fields = new FormFields();
        LocalDate held = fields.day(form.heldOn(), "heldOn");
        Long model = fields.id(form.modelId(), "modelId");
        Long campaign = fields.id(form.campaignId(), "campaignId");
        var problems = new ArrayList<FieldProblem>(fields.problems());
        long female = TrainingScreens.Counts.of(form.female(), "female", problems);
        long male = TrainingScreens.Counts.of(form.male(), "male", problems);
        long other = TrainingScreens.Counts.of(form.otherOrUnknown(), "otherOrUnknown", problems);
        long reach = TrainingScreens.Counts.of(form.reach(), "reach", problems);
        if (held == null && problems.stream().noneMatch(p -> p.field().equals("heldOn"))) {
            problems.add(new FieldProblem("heldOn", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ActivityDetails(blankToNull(form.kind()), held, model, campaign, form.communeCode(),
                form.organiser(), form.description(), new Participants(female, male, other), Map.of(), Map.of(),
                form.reach() == null || form.reach().isBlank() ? null : (int) reach);
    }

    private ActivityFormPage page(ActivityForm form, FormErrors errors) {
        var models = registry.models().stream().map(m -> new Choice(String.valueOf(m.id()), m.name())).toList();
        var campaigns = activities.campaigns().stream().map(c -> new Choice(String.valueOf(c.id()), c.name()))
                .toList();
        return new ActivityFormPage(form, support.choices(CodeList.ACTIVITY_KIND), models, campaigns,
                localities.describe(form.communeCode()), errors);
    }

    private ActivityListPage.ActivityRow row(Activity a) {
        Participants p = a.participants();
        return new ActivityListPage.ActivityRow(a.id(), FormFields.shown(a.heldOn()),
                support.codeName(CodeList.ACTIVITY_KIND, a.kind()),
                a.communeCode() == null ? "" : localities.find(a.communeCode()).map(l -> l.name()).orElse(""),
                p.female(), p.male(), p.otherOrUnknown(), p.total());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
