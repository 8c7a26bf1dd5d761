package org.anhduong.reporting.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.reporting.Audience;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Indicator;
import org.anhduong.reporting.ReportScope;
import org.anhduong.reporting.Reports;
import org.anhduong.reporting.Summary;
import org.anhduong.reporting.internal.ReportLabels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ReportApi.PATH)
@Tag(name = "Reports", description = """
        Period figures over the hotline, cases, emergency support, shelter and referrals. Administrators, supervisors \
        and programme officers get exact numbers; viewers get counts from 1 to 4 as "<5". External reports count \
        only cases whose client consented to statistics, show counts from 1 to 4 as "<5" and name no organisation.""")
class ReportApi {

    static final String PATH = "/api/v1/reports";

    private final Reports reports;
    private final ReportLabels labels;
    private final ReportExporter exporter;
    private final ReportNarratives narratives;

    ReportApi(Reports reports, ReportLabels labels, ReportExporter exporter, ReportNarratives narratives) {
        this.reports = reports;
        this.exporter = exporter;
        this.narratives = narratives;
        this.labels = labels;
    }

    @GetMapping("/summary")
    @Operation(summary = "A period's figures", description = """
            Every catalogue key is present in `indicators` (0 when none). `breakdowns[indicator][dimension][value]` \
            gives an indicator by dimension (enum names, commune codes, line ids, sector names; `NONE` when not \
            recorded, `UNKNOWN` when not known). A figure is a number, or the string "<5" when it is from 1 to 4 \
            and the reader gets the aggregate-only view (`suppressed` true). Periods before 1 July 2025 are counted \
            on the communes of that time: `commune` is today's code and includes the units merged into it.""")
    Summary summary(
            @Parameter(description = "First day, included (YYYY-MM-DD)") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day, included (YYYY-MM-DD)") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Today's commune code") @RequestParam(required = false) @Nullable String commune,
            @Parameter(description = "Organisation id") @RequestParam(required = false) @Nullable Long organisation,
            @Parameter(description = "INTERNAL (default) or EXTERNAL") @RequestParam(defaultValue = "INTERNAL")
            Audience audience) {
        return reports.summary(new ReportScope(from, to, blankToNull(commune), organisation), audience);
    }

    @GetMapping("/export")
    @Operation(summary = "A period's report as a file", description = """
            The report's tables, notes and narrative in the request's language (Accept-Language vi or en): `xlsx` \
            (a summary sheet with the narrative, then a sheet per section, numbers as numbers), `pdf` (A4, \
            Vietnamese rendered with an embedded DejaVu Sans) or `csv` (UTF-8 with a byte-order mark: section, key, \
            label, value). An `EXTERNAL` export counts only cases whose client consented to statistics, writes \
            counts from 1 to 4 as "<5" and names no organisation. Audited as `report.export`.""")
    ResponseEntity<byte[]> export(
            @Parameter(description = "xlsx, pdf or csv") @RequestParam String format,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable Long organisation,
            @RequestParam(defaultValue = "INTERNAL") Audience audience) {
        return exporter.export(new ReportScope(from, to, blankToNull(commune), organisation), audience, format,
                LocaleContextHolder.getLocale());
    }

    @GetMapping("/incidents")
    @Operation(summary = "The anonymised incident dataset of a period", description = """
            One row per incident of a case open in the period, in the spirit of the GBVIMS incident recorder: \
            survivor code, case type, age group, sex, month reported, month of the incident, time of day, place, \
            type of violence, contexts, the first perpetrator's relation, sex and age group, services and sectors, \
            the sectors the case was referred to in the period. No name, phone, ID number, address, commune, case \
            number or free text. `xlsx` or `csv`. Administrators and supervisors only; an `EXTERNAL` dataset holds \
            only cases whose client consented to statistics. Audited as `report.incidents`.""")
    ResponseEntity<byte[]> incidents(
            @Parameter(description = "xlsx or csv") @RequestParam String format,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable Long organisation,
            @RequestParam(defaultValue = "INTERNAL") Audience audience) {
        return exporter.incidents(new ReportScope(from, to, blankToNull(commune), organisation), audience, format,
                LocaleContextHolder.getLocale());
    }

    @GetMapping("/narrative")
    @Operation(summary = "The period's report paragraphs", description = """
            The department's six-monthly paragraphs generated from the figures, in the request's language, ready to \
            paste into an official report (numbers written 2.134 in Vietnamese). Audited as `report.view`.""")
    Paragraphs narrative(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) @Nullable String commune,
                         @RequestParam(required = false) @Nullable Long organisation,
                         @RequestParam(defaultValue = "INTERNAL") Audience audience) {
        Summary summary = reports.summary(new ReportScope(from, to, blankToNull(commune), organisation), audience);
        return new Paragraphs(narratives.paragraphs(summary, LocaleContextHolder.getLocale()));
    }

    /** The narrative's paragraphs. */
    record Paragraphs(List<String> paragraphs) {
    }

    @GetMapping("/catalogue")
    @Operation(summary = "The indicator catalogue", description = """
            Every indicator with its stable key, section, whether it is counted on the period's last day (stock), \
            its breakdown dimensions, and its name, definition and counting rule in the request's language \
            (Accept-Language vi or en).""")
    List<CatalogueEntry> catalogue() {
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(Indicator.values()).map(indicator -> new CatalogueEntry(indicator.key(),
                indicator.section().name(), indicator.stock(),
                indicator.dimensions().stream().map(Dimension::key).toList(),
                labels.t(indicator.nameKey(), locale), labels.t(indicator.definitionKey(), locale),
                labels.t(indicator.ruleKey(), locale))).toList();
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One indicator of the catalogue. */
    record CatalogueEntry(String key, String section, boolean stock, List<String> dimensions, String name,
                          String definition, String rule) {
    }
}
