package org.anhduong.reporting.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The report screen: the period picker and filters as typed, their problems, and the report when the filters are
 * valid.
 *
 * @param query the filters as a query string, for the export and drill-down links (no personal data: days, codes,
 *              ids)
 */
public record ReportPage(ReportForm form, Map<String, String> errors, List<Choice> presets, List<Choice> organisations,
                         @Nullable SummaryView report, String query) {

    public boolean invalid() {
        return !errors.isEmpty();
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    /** A value of a select, with whether it is the chosen one. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** The filters as typed. */
    public record ReportForm(String preset, String year, String from, String to, String commune, String communeName,
                             String organisation, String audience) {
    }

    /**
     * A report laid out for the screen.
     *
     * @param drillDown the reader may open the records behind a number
     */
    public record SummaryView(String title, String subtitle, List<String> notes, boolean suppressed,
                              boolean drillDown, List<SectionView> sections, List<ChartView> charts,
                              List<String> narrative) {
    }

    public record SectionView(String key, String title, List<IndicatorView> indicators) {
    }

    /** An indicator's line, and its breakdowns for a closer look. */
    public record IndicatorView(String key, String name, String definition, String shown, @Nullable String drillUrl,
                                List<BreakdownView> breakdowns) {
    }

    public record BreakdownView(String key, String title, List<ValueView> values) {
    }

    /**
     * One value of a breakdown or chart.
     *
     * @param value the number for the chart, null when it is suppressed
     */
    public record ValueView(String label, String shown, @Nullable Long value, @Nullable String drillUrl) {
    }

    /**
     * A chart and the table it is drawn from: the table is the accessible form of the chart and stays beside it.
     *
     * @param kind   "bar" or "line"
     * @param series the names of the table's number columns (one for a bar chart)
     * @param rows   label and one value per series
     */
    public record ChartView(String id, String kind, String title, List<String> series, List<ChartRow> rows) {
    }

    public record ChartRow(String label, List<ValueView> values) {
    }
}
