package org.anhduong.reporting.web;

import java.time.LocalDate;
import java.util.Locale;

import org.anhduong.casework.CaseDimension;
import org.anhduong.casework.CaseMeasure;
import org.anhduong.casework.CasePage;
import org.anhduong.reporting.Audience;
import org.anhduong.reporting.ReportScope;
import org.anhduong.reporting.internal.ReportDocuments;
import org.anhduong.reporting.internal.ReportService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** From a number of the report to the cases behind it that the reader may open. */
@Controller
class DrillDownScreens {

    private final ReportService reports;
    private final ReportDocuments documents;

    DrillDownScreens(ReportService reports, ReportDocuments documents) {
        this.reports = reports;
        this.documents = documents;
    }

    @GetMapping(DrillDowns.CASES)
    String cases(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) @Nullable String commune,
                 @RequestParam(required = false) @Nullable Long organisation,
                 @RequestParam(defaultValue = "INTERNAL") Audience audience, @RequestParam CaseMeasure measure,
                 @RequestParam(required = false) @Nullable CaseDimension dimension,
                 @RequestParam(required = false) @Nullable String value,
                 @RequestParam(defaultValue = "1") int page, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        ReportScope scope = new ReportScope(from, to, ReportApi.blankToNull(commune), organisation);
        CasePage cases = reports.casesBehind(scope, audience, measure, dimension, ReportApi.blankToNull(value), page);
        String query = ReportScreens.query(scope, audience) + "&measure=" + measure.name()
                + (dimension == null || value == null ? "" : "&dimension=" + dimension.name() + "&value="
                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        model.addAttribute("page", new DrillDownPage(documents.periodName(from, to, locale), measure.name(),
                dimension == null ? null : dimension.name(), value, cases, DrillDowns.CASES + "?" + query,
                "/reports?preset=CUSTOM&from=" + ui(from) + "&to=" + ui(to)
                        + (scope.commune() == null ? "" : "&commune=" + scope.commune())
                        + (organisation == null ? "" : "&organisation=" + organisation)
                        + "&audience=" + audience.name()));
        return "reporting/cases";
    }

    private static String ui(LocalDate day) {
        return org.anhduong.platform.web.FormFields.shown(day);
    }
}
