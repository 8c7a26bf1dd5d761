package org.anhduong.programme.web;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.FormFields;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.programme.Indicator;
import org.anhduong.programme.IndicatorDetails;
import org.anhduong.programme.IndicatorMeasure;
import org.anhduong.programme.IndicatorValue;
import org.anhduong.programme.ProgrammeMonitoring;
import org.anhduong.programme.ProgrammeRegistry;
import org.anhduong.programme.ProgrammeSummary.IndicatorProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Indicators: the list of a period with their progress and an indicator's values for readers; the form of a new
 * indicator, and of a value entered by hand with its evidence, for editors.
 */
@Controller
class IndicatorScreens {

    static final String PATH = ProgrammeScreens.PATH + "/indicators";

    private final ProgrammeMonitoring monitoring;
    private final ProgrammeRegistry registry;
    private final ScreenSupport support;
    private final Clock clock;

    IndicatorScreens(ProgrammeMonitoring monitoring, ProgrammeRegistry registry, ScreenSupport support, Clock clock) {
        this.monitoring = monitoring;
        this.registry = registry;
        this.support = support;
        this.clock = clock;
    }

    /** The period defaults to this calendar year. */
    @GetMapping(PATH)
    String list(@RequestParam(required = false) @Nullable String from,
                @RequestParam(required = false) @Nullable String to, Model model) {
        LocalDate today = today();
        var fields = new FormFields();
        LocalDate first = from == null || from.isBlank() ? today.withDayOfYear(1) : fields.day(from, "from");
        LocalDate last = to == null || to.isBlank() ? today.withMonth(12).withDayOfMonth(31) : fields.day(to, "to");
        FormErrors errors = support.errors(fields.problems());
        List<IndicatorListPage.IndicatorRow> rows = List.of();
        if (first != null && last != null) {
            try {
                Map<Long, String> models = modelNames();
                rows = monitoring.summary(first, last, null).indicators().stream()
                        .map(i -> new IndicatorListPage.IndicatorRow(i.indicatorId(), i.name(), model(models,
                                i.modelId()), measure(i.measure()), FormFields.shown(i.periodFrom()),
                                FormFields.shown(i.periodTo()), i.target(), number(i.value()), percent(i.percent()),
                                i.evidence())).toList();
            } catch (InvalidInputException e) {
                errors = support.errors(e.problems());
            }
        }
        model.addAttribute("page", new IndicatorListPage(shown(from, first), shown(to, last), rows,
                ScreenSupport.has(ProgrammeNavigation.EDITORS), errors,
                (String) model.getAttribute(ScreenSupport.NOTICE)));
        return "programme/indicators";
    }

    @GetMapping(PATH + "/new")
    String blank(Model model) {
        ScreenSupport.requireEditor();
        LocalDate today = today();
        model.addAttribute("page", formPage(IndicatorForm.blank(FormFields.shown(today.withDayOfYear(1)),
                FormFields.shown(today.withMonth(12).withDayOfMonth(31))), FormErrors.NONE));
        return "programme/indicatorForm";
    }

    @PostMapping(PATH + "/new")
    String create(IndicatorForm form, Model model, RedirectAttributes redirect) {
        ScreenSupport.requireEditor();
        try {
            Indicator created = monitoring.createIndicator(details(form));
            redirect.addFlashAttribute(ScreenSupport.NOTICE, "programme.saved");
            return "redirect:" + PATH + "/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("page", formPage(form, support.errors(e.problems())));
            return "programme/indicatorForm";
        }
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", page(monitoring.indicator(id), null, FormErrors.NONE,
                (String) model.getAttribute(ScreenSupport.NOTICE)));
        return "programme/indicator";
    }

    @PostMapping(PATH + "/{id:\\d+}/values")
    String addValue(@PathVariable long id, IndicatorValueForm form, Model model, RedirectAttributes redirect) {
        ScreenSupport.requireEditor();
        try {
            monitoring.addValue(id, value(form));
            redirect.addFlashAttribute(ScreenSupport.NOTICE, "programme.saved");
            return "redirect:" + PATH + "/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(monitoring.indicator(id), form, support.errors(e.problems()), null));
        } catch (ConflictException e) {
            // Only a hand-made request gets here: computed indicators are offered no value form.
            model.addAttribute("page", page(monitoring.indicator(id), form,
                    support.errors(List.of(new FieldProblem("indicator", "programme.indicator.computed"))), null));
        }
        return "programme/indicator";
    }

    private IndicatorDetails details(IndicatorForm form) {
        var fields = new FormFields();
        LocalDate from = fields.day(form.periodFrom(), "periodFrom");
        LocalDate to = fields.day(form.periodTo(), "periodTo");
        Long model = fields.id(form.modelId(), "modelId");
        var problems = new ArrayList<FieldProblem>(fields.problems());
        Long target = amount(form.target(), "target", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        IndicatorMeasure measure = Arrays.stream(IndicatorMeasure.values())
                .filter(m -> m.name().equals(form.measure())).findFirst().orElse(null);
        return new IndicatorDetails(form.name(), measure, model, from, to, target);
    }

    private static IndicatorValue value(IndicatorValueForm form) {
        var fields = new FormFields();
        LocalDate measured = fields.day(form.measuredOn(), "measuredOn");
        var problems = new ArrayList<FieldProblem>(fields.problems());
        Long amount = amount(form.amount(), "amount", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String evidence = form.evidence() == null || form.evidence().isBlank() ? null : form.evidence();
        return new IndicatorValue(measured, amount, evidence);
    }

    /** A whole number as typed; null when blank (the service says whether it is required). */
    private static @Nullable Long amount(@Nullable String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "validation.format"));
            return null;
        }
    }

    private IndicatorPage page(Indicator i, @Nullable IndicatorValueForm typed, FormErrors errors,
                               @Nullable String notice) {
        // The value shown is the summary's over the indicator's own period, as the list and the workbook show it.
        IndicatorProgress progress = monitoring.summary(i.periodFrom(), i.periodTo(), null).indicators().stream()
                .filter(p -> p.indicatorId() == i.id()).findFirst().orElse(null);
        var values = i.values().stream().map(v -> new IndicatorPage.ValueRow(FormFields.shown(v.measuredOn()),
                v.amount() == null ? 0 : v.amount(), v.evidence() == null ? "" : v.evidence())).toList();
        IndicatorValueForm form = null;
        if (!i.measure().computed() && ScreenSupport.has(ProgrammeNavigation.EDITORS)) {
            form = typed != null ? typed : IndicatorValueForm.blank(FormFields.shown(today()));
        }
        return new IndicatorPage(i.id(), i.name(), model(modelNames(), i.modelId()), measure(i.measure()),
                i.measure().computed(), FormFields.shown(i.periodFrom()), FormFields.shown(i.periodTo()), i.target(),
                progress == null ? "" : number(progress.value()), progress == null ? "" : percent(progress.percent()),
                progress == null ? null : progress.evidence(), values, form, errors, notice);
    }

    private IndicatorFormPage formPage(IndicatorForm form, FormErrors errors) {
        var measures = Arrays.stream(IndicatorMeasure.values()).map(m -> new Choice(m.name(), measure(m))).toList();
        var models = registry.models().stream().map(m -> new Choice(String.valueOf(m.id()), m.name())).toList();
        return new IndicatorFormPage(form, measures, models, errors);
    }

    private Map<Long, String> modelNames() {
        return registry.models().stream().collect(Collectors.toMap(org.anhduong.programme.Model::id,
                org.anhduong.programme.Model::name, (a, b) -> a));
    }

    private String model(Map<Long, String> names, @Nullable Long id) {
        return id == null ? support.text("programme.indicator.allModels") : names.getOrDefault(id, "");
    }

    private String measure(IndicatorMeasure measure) {
        return support.text("programme.measure." + measure.name());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.anhduong.platform.web.Ui.ZONE));
    }

    private static String number(@Nullable Long value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String percent(@Nullable Long value) {
        return value == null ? "" : value + " %";
    }

    private static String shown(@Nullable String typed, @Nullable LocalDate day) {
        return day != null ? FormFields.shown(day) : typed == null ? "" : typed;
    }
}
