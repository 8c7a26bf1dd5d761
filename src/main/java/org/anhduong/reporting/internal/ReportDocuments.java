package org.anhduong.reporting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.platform.web.Ui;
import org.anhduong.reporting.Audience;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Figure;
import org.anhduong.reporting.Indicator;
import org.anhduong.reporting.PeriodPreset;
import org.anhduong.reporting.Section;
import org.anhduong.reporting.Summary;
import org.anhduong.reporting.internal.document.ReportDocument;
import org.springframework.stereotype.Component;

/**
 * Lays a summary out for a reader, in their language: the period's name, the scope's name (an organisation is never
 * named in an external report), the notes on what was counted, and one table per section with each indicator and its
 * non-zero breakdowns under it.
 */
@Component
public class ReportDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ReportLabels labels;
    private final Localities localities;
    private final UserDirectory users;

    ReportDocuments(ReportLabels labels, Localities localities, UserDirectory users) {
        this.labels = labels;
        this.localities = localities;
        this.users = users;
    }

    /** "6 tháng đầu năm 2026", or "từ 01/01/2026 đến 15/03/2026" for a period that is no preset. */
    public String periodName(LocalDate from, LocalDate to, Locale locale) {
        return PeriodPreset.matching(from, to)
                .map(preset -> labels.t(preset.nameKey(), locale, Integer.toString(from.getYear())))
                .orElseGet(() -> labels.t("reporting.preset.custom", locale, DATE.format(from),
                        DATE.format(to)));
    }

    /** The commune, the organisation (unless the report is external) or the whole province. */
    public String scopeName(Summary summary, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (summary.organisation() != null) {
            parts.add(summary.audience() == Audience.EXTERNAL
                    ? labels.t("reporting.scope.organisationHidden", locale)
                    : users.findOrganisation(summary.organisation()).map(Organisation::name).orElse(""));
        }
        if (summary.commune() != null) {
            parts.add(localities.find(summary.commune()).map(Locality::name).orElse(summary.commune()));
        }
        return parts.isEmpty() ? labels.t("reporting.scope.province", locale) : String.join(", ", parts);
    }

    public List<String> notes(Summary summary, Locale locale) {
        List<String> notes = new ArrayList<>();
        notes.add(labels.t(summary.allCases() ? "reporting.note.allCases" : "reporting.note.consentedCases", locale));
        if (summary.suppressed()) {
            notes.add(labels.t("reporting.note.suppressed", locale));
        }
        if (summary.from().isBefore(ReportLabels.REFORM)) {
            notes.add(labels.t("reporting.note.oldUnits", locale));
        }
        notes.add(labels.t("reporting.note.generated", locale, DATE_TIME.format(summary.generatedAt()
                .atZone(Ui.ZONE))));
        return notes;
    }

    public ReportDocument document(Summary summary, Locale locale, List<String> narrative) {
        String period = periodName(summary.from(), summary.to(), locale);
        ReportLabels.Values values = labels.values(locale, summary.to(), summary.audience() == Audience.EXTERNAL);
        List<ReportDocument.Section> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            List<ReportDocument.Row> rows = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                if (indicator.section() != section) {
                    continue;
                }
                rows.add(row(indicator.key(), labels.indicator(indicator, locale), 0, summary.figure(indicator),
                        locale));
                for (Dimension dimension : indicator.dimensions()) {
                    for (Map.Entry<String, Figure> value : summary.breakdown(indicator, dimension).entrySet()) {
                        if (value.getValue().value() == 0 && !value.getValue().hidden()) {
                            continue;
                        }
                        rows.add(row(indicator.key() + "." + dimension.key() + "." + value.getKey(),
                                labels.dimension(dimension, locale) + ": " + values.of(dimension, value.getKey()),
                                1, value.getValue(), locale));
                    }
                }
            }
            sections.add(new ReportDocument.Section(section.name(), labels.t(section.labelKey(), locale), rows));
        }
        return new ReportDocument(locale, labels.t("reporting.document.title", locale, period),
                labels.t("reporting.document.subtitle", locale, DATE.format(summary.from()),
                        DATE.format(summary.to()), scopeName(summary, locale)),
                notes(summary, locale), sections, narrative);
    }

    private ReportDocument.Row row(String key, String label, int depth, Figure figure, Locale locale) {
        return new ReportDocument.Row(key, label, depth, figure.hidden() ? null : figure.value(),
                shown(figure, locale));
    }

    /** "2.134" in Vietnamese, "2,134" in English, "<5" when suppressed, "x" when withheld. */
    public static String shown(Figure figure, Locale locale) {
        return figure.hidden() ? figure.json().toString() : number(figure.value(), locale);
    }

    public static String number(long value, Locale locale) {
        return java.text.NumberFormat.getIntegerInstance("en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("vi-VN")).format(value);
    }
}
