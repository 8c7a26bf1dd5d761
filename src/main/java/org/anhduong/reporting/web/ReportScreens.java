package org.anhduong.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anhduong.geography.Localities;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.FormFields;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.anhduong.reporting.Audience;
import org.anhduong.reporting.Indicator;
import org.anhduong.reporting.PeriodPreset;
import org.anhduong.reporting.ReportScope;
import org.anhduong.reporting.Summary;
import org.anhduong.reporting.internal.ReportLabels;
import org.anhduong.reporting.internal.ReportService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The report screen (period picker, figures, charts, narrative, export links) and the indicator catalogue. */
@Controller
class ReportScreens {

    static final String PATH = "/reports";
    static final String CUSTOM = "CUSTOM";

    private final ReportService reports;
    private final ReportViews views;
    private final ReportNarratives narratives;
    private final ReportLabels labels;
    private final Localities localities;
    private final UserDirectory users;
    private final Clock clock;

    ReportScreens(ReportService reports, ReportViews views, ReportNarratives narratives, ReportLabels labels,
                  Localities localities, UserDirectory users, Clock clock) {
        this.reports = reports;
        this.views = views;
        this.narratives = narratives;
        this.labels = labels;
        this.localities = localities;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String report(@RequestParam(required = false) @Nullable String preset,
                  @RequestParam(required = false) @Nullable String year,
                  @RequestParam(required = false) @Nullable String from,
                  @RequestParam(required = false) @Nullable String to,
                  @RequestParam(required = false) @Nullable String commune,
                  @RequestParam(required = false) @Nullable String organisation,
                  @RequestParam(required = false) @Nullable String audience, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock.withZone(Ui.ZONE));
        String chosenPreset = preset == null || preset.isBlank()
                ? (today.getMonthValue() <= 6 ? PeriodPreset.FIRST_HALF : PeriodPreset.SECOND_HALF).name()
                : preset.strip();
        String chosenYear = year == null || year.isBlank() ? Integer.toString(today.getYear()) : year.strip();
        Audience chosenAudience = "EXTERNAL".equals(audience) ? Audience.EXTERNAL : Audience.INTERNAL;
        String communeCode = ReportApi.blankToNull(commune);

        FormFields fields = new FormFields();
        LocalDate first = null;
        LocalDate last = null;
        if (CUSTOM.equals(chosenPreset)) {
            first = fields.day(from, "from");
            last = fields.day(to, "to");
            if (first == null && fields.problems().stream().noneMatch(p -> p.field().equals("from"))) {
                fields.problem("from", "validation.required");
            }
            if (last == null && fields.problems().stream().noneMatch(p -> p.field().equals("to"))) {
                fields.problem("to", "validation.required");
            }
        } else {
            PeriodPreset period = preset(chosenPreset);
            Integer y = year(chosenYear);
            if (period == null) {
                fields.problem("preset", "validation.format");
            } else if (y == null) {
                fields.problem("year", "reporting.error.year");
            } else {
                first = period.from(y);
                last = period.to(y);
            }
        }
        Long organisationId = fields.id(organisation, "organisation");

        ReportPage.ReportForm form = new ReportPage.ReportForm(chosenPreset, chosenYear,
                first == null ? orEmpty(from) : FormFields.shown(first), last == null ? orEmpty(to) : FormFields.shown(last),
                orEmpty(communeCode), localities.describe(communeCode), orEmpty(organisation), chosenAudience.name());
        Map<String, String> errors = new LinkedHashMap<>();
        ReportPage.SummaryView view = null;
        String query = "";
        try {
            if (!fields.problems().isEmpty()) {
                throw new InvalidInputException(fields.problems());
            }
            ReportScope scope = new ReportScope(first, last, communeCode, organisationId);
            Summary summary = reports.summary(scope, chosenAudience);
            query = query(scope, chosenAudience);
            view = views.view(summary, reports.monthlyContacts(scope, chosenAudience),
                    narratives.paragraphs(summary, locale), query, locale);
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                errors.putIfAbsent(problem.field(), labels.t(problem.messageKey(), locale, problem.args()));
            }
        }
        model.addAttribute("page", new ReportPage(form, errors, presets(chosenPreset, locale),
                organisations(form.organisation()), view, query));
        return "reporting/report";
    }

    @GetMapping(PATH + "/catalogue")
    String catalogue(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<CataloguePage.Entry> entries = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            entries.add(new CataloguePage.Entry(indicator.key(), labels.t(indicator.section().labelKey(), locale),
                    labels.indicator(indicator, locale), labels.t(indicator.definitionKey(), locale),
                    labels.t(indicator.ruleKey(), locale), indicator.stock(),
                    indicator.dimensions().stream().map(d -> labels.dimension(d, locale)).toList()));
        }
        model.addAttribute("page", new CataloguePage(entries));
        return "reporting/catalogue";
    }

    /** The scope as a query string: days in ISO form, codes and ids only. */
    static String query(ReportScope scope, Audience audience) {
        return "from=" + scope.from() + "&to=" + scope.to()
                + (scope.commune() == null ? "" : "&commune=" + scope.commune())
                + (scope.organisationId() == null ? "" : "&organisation=" + scope.organisationId())
                + "&audience=" + audience.name();
    }

    private List<ReportPage.Choice> presets(String chosen, Locale locale) {
        List<ReportPage.Choice> choices = new ArrayList<>();
        for (PeriodPreset preset : PeriodPreset.values()) {
            choices.add(new ReportPage.Choice(preset.name(), labels.t("reporting.presetShort." + preset.name(),
                    locale), preset.name().equals(chosen)));
        }
        choices.add(new ReportPage.Choice(CUSTOM, labels.t("reporting.presetShort.CUSTOM", locale),
                CUSTOM.equals(chosen)));
        return choices;
    }

    private List<ReportPage.Choice> organisations(String chosen) {
        return users.activeOrganisations().stream().map(organisation -> new ReportPage.Choice(
                Long.toString(organisation.id()), organisation.name(),
                Long.toString(organisation.id()).equals(chosen))).toList();
    }

    private static @Nullable PeriodPreset preset(String name) {
        for (PeriodPreset preset : PeriodPreset.values()) {
            if (preset.name().equals(name)) {
                return preset;
            }
        }
        return null;
    }

    private static @Nullable Integer year(String text) {
        try {
            int year = Integer.parseInt(text);
            return year >= 2000 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
