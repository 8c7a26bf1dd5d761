package org.anhduong.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anhduong.reporting.Audience;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Figure;
import org.anhduong.reporting.Indicator;
import org.anhduong.reporting.Section;
import org.anhduong.reporting.Summary;
import org.anhduong.reporting.internal.ReportDocuments;
import org.anhduong.reporting.internal.ReportLabels;
import org.anhduong.reporting.internal.ReportService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Lays a summary out for the screen: sections of indicators with their breakdowns, and the charts with their tables. */
@Component
class ReportViews {

    private final ReportLabels labels;
    private final ReportDocuments documents;
    private final DrillDowns drillDowns;

    ReportViews(ReportLabels labels, ReportDocuments documents, DrillDowns drillDowns) {
        this.labels = labels;
        this.documents = documents;
        this.drillDowns = drillDowns;
    }

    ReportPage.SummaryView view(Summary summary, List<ReportService.MonthCount> months, List<String> narrative,
                                String query, Locale locale) {
        ReportLabels.Values values = labels.values(locale, summary.to(), summary.audience() == Audience.EXTERNAL);
        List<ReportPage.SectionView> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            List<ReportPage.IndicatorView> indicators = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                if (indicator.section() == section) {
                    indicators.add(indicator(summary, indicator, values, query, locale));
                }
            }
            sections.add(new ReportPage.SectionView(section.name(), labels.t(section.labelKey(), locale),
                    indicators));
        }
        String period = documents.periodName(summary.from(), summary.to(), locale);
        return new ReportPage.SummaryView(labels.t("reporting.document.title", locale, period),
                documents.document(summary, locale, List.of()).subtitle(), documents.notes(summary, locale),
                summary.suppressed(), summary.drillDown(), sections, charts(summary, months, values, locale),
                narrative);
    }

    private ReportPage.IndicatorView indicator(Summary summary, Indicator indicator, ReportLabels.Values values,
                                               String query, Locale locale) {
        List<ReportPage.BreakdownView> breakdowns = new ArrayList<>();
        for (Dimension dimension : indicator.dimensions()) {
            List<ReportPage.ValueView> rows = new ArrayList<>();
            for (Map.Entry<String, Figure> entry : summary.breakdown(indicator, dimension).entrySet()) {
                rows.add(value(values.of(dimension, entry.getKey()), entry.getValue(), locale,
                        summary.drillDown() ? drillDowns.url(indicator, dimension, entry.getKey(), query) : null));
            }
            breakdowns.add(new ReportPage.BreakdownView(indicator.key() + "." + dimension.key(),
                    labels.dimension(dimension, locale), rows));
        }
        Figure figure = summary.figure(indicator);
        return new ReportPage.IndicatorView(indicator.key(), labels.indicator(indicator, locale),
                labels.t(indicator.definitionKey(), locale), ReportDocuments.shown(figure, locale),
                summary.drillDown() && figure.value() > 0 ? drillDowns.url(indicator, null, null, query) : null,
                breakdowns);
    }

    private static ReportPage.ValueView value(String label, Figure figure, Locale locale, @Nullable String drillUrl) {
        return new ReportPage.ValueView(label, ReportDocuments.shown(figure, locale),
                figure.hidden() ? null : figure.value(),
                figure.value() > 0 ? drillUrl : null);
    }

    private List<ReportPage.ChartView> charts(Summary summary, List<ReportService.MonthCount> months,
                                              ReportLabels.Values values, Locale locale) {
        List<ReportPage.ChartView> charts = new ArrayList<>();
        if (!months.isEmpty()) {
            List<ReportPage.ChartRow> rows = months.stream().map(month -> new ReportPage.ChartRow(
                    String.format("%02d/%d", month.month().getMonthValue(), month.month().getYear()),
                    List.of(value("", month.total(), locale, null), value("", month.gbvRelated(), locale, null))))
                    .toList();
            charts.add(new ReportPage.ChartView("chart-contacts-month", "line",
                    labels.t("reporting.chart.contactsByMonth", locale),
                    List.of(labels.indicator(Indicator.CONTACTS_TOTAL, locale),
                            labels.indicator(Indicator.CONTACTS_GBV_RELATED, locale)), rows));
        }
        charts.add(bar("chart-contacts-type", summary, Indicator.CONTACTS_TOTAL, Dimension.TYPE, values, locale));
        charts.add(bar("chart-cases-gbvims", summary, Indicator.CASES_OPENED, Dimension.GBVIMS_TYPE, values, locale));
        charts.add(bar("chart-referrals-sector", summary, Indicator.REFERRALS_SENT, Dimension.SECTOR, values, locale));
        return charts;
    }

    private ReportPage.ChartView bar(String id, Summary summary, Indicator indicator, Dimension dimension,
                                     ReportLabels.Values values, Locale locale) {
        List<ReportPage.ChartRow> rows = new ArrayList<>();
        summary.breakdown(indicator, dimension).forEach((value, figure) -> rows.add(new ReportPage.ChartRow(
                values.of(dimension, value), List.of(value("", figure, locale, null)))));
        return new ReportPage.ChartView(id, "bar", labels.indicator(indicator, locale) + " — "
                + labels.dimension(dimension, locale), List.of(labels.indicator(indicator, locale)), rows);
    }
}
