package org.anhduong.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.HotlineLine;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.reporting.Audience;
import org.anhduong.reporting.Figure;
import org.anhduong.reporting.Summary;
import org.anhduong.reporting.internal.ReportDocuments;
import org.anhduong.reporting.internal.ReportLabels;
import org.anhduong.reporting.internal.export.Narrative;
import org.anhduong.reporting.internal.export.NarrativeInput;
import org.springframework.stereotype.Component;

/**
 * The report's paragraphs in the department's style, from a summary. A hidden figure reaches the narrative as 1, which
 * it writes "dưới 5" ("fewer than 5"), or leaves its breakdown out: the real count is never known here. Only
 * breakdown cells are ever withheld, and a breakdown with a count from 1 to 4 is left out of the narrative.
 */
@Component
class ReportNarratives {

    private final ReportDocuments documents;
    private final ReportLabels labels;
    private final Hotline hotline;
    private final Localities localities;
    private final UserDirectory users;

    ReportNarratives(ReportDocuments documents, ReportLabels labels, Hotline hotline, Localities localities,
                     UserDirectory users) {
        this.documents = documents;
        this.labels = labels;
        this.hotline = hotline;
        this.localities = localities;
        this.users = users;
    }

    List<String> paragraphs(Summary summary, Locale locale) {
        Map<String, Long> indicators = new LinkedHashMap<>();
        summary.indicators().forEach((key, figure) -> indicators.put(key, raw(figure)));
        if (summary.organisation() != null) {
            // Prevention work is the province's or the commune's, never narrowed to one organisation (see the
            // catalogue): an organisation's narrative does not claim it.
            indicators.keySet().removeIf(key -> key.startsWith("programme."));
        }
        Map<String, Map<String, Map<String, Long>>> breakdowns = new LinkedHashMap<>();
        summary.breakdowns().forEach((key, byDimension) -> {
            Map<String, Map<String, Long>> dimensions = new LinkedHashMap<>();
            byDimension.forEach((dimension, values) -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                values.forEach((value, figure) -> counts.put(value, raw(figure)));
                dimensions.put(dimension, counts);
            });
            breakdowns.put(key, dimensions);
        });
        return Narrative.paragraphs(new NarrativeInput(summary.from(), summary.to(),
                documents.periodName(summary.from(), summary.to(), locale), subject(summary, locale),
                lines(summary), indicators, breakdowns, summary.suppressed()), locale);
    }

    private static long raw(Figure figure) {
        return figure.hidden() ? 1 : figure.value();
    }

    /** Who reports, as it reads mid-sentence. */
    private String subject(Summary summary, Locale locale) {
        String commune = summary.commune() == null ? null
                : localities.find(summary.commune()).map(Locality::name).orElse(summary.commune());
        String organisation = summary.organisation() == null ? null : summary.audience() == Audience.EXTERNAL
                ? labels.t("reporting.narrative.organisationHidden", locale)
                : users.findOrganisation(summary.organisation()).map(Organisation::name).orElse(null);
        if (organisation != null) {
            return commune == null ? organisation
                    : labels.t("reporting.narrative.organisationInCommune", locale, organisation, commune);
        }
        return commune == null ? labels.t("reporting.narrative.province", locale)
                : labels.t("reporting.narrative.commune", locale, commune);
    }

    /** The numbers of the active lines in scope: the organisation's, or every organisation's. */
    private List<String> lines(Summary summary) {
        return hotline.lines().stream().filter(HotlineLine::active)
                .filter(line -> summary.organisation() == null || line.organisationId() == summary.organisation())
                .map(HotlineLine::number).distinct().toList();
    }
}
